import type { LocalizedText } from './catalogue-types';

/** Why a metric is not a KPI (seed 002), for the planning screen and the API docs. */
export const METRIC_VS_KPI: { title: LocalizedText; body: LocalizedText } = {
  title: { vi: 'Chỉ số (metric) và KPI khác nhau thế nào?', en: 'Metric or KPI?' },
  body: {
    vi:
      'Metric là con số mô tả một hành động (lượt thích, lượt xem). KPI là chỉ số được chọn để đánh giá ' +
      'mức độ đạt một mục tiêu kinh doanh cụ thể (tỷ lệ chuyển đổi, chi phí mỗi chuyển đổi), có con số ' +
      'mục tiêu và thời hạn. Mỗi chiến dịch nên chọn 3–5 KPI theo mục tiêu, đặt ngưỡng từ dữ liệu lịch sử ' +
      'hoặc chuẩn ngành, và đọc các metric như đầu vào của KPI.',
    en:
      'A metric is a number that describes an action (likes, views). A KPI is a measure chosen to judge ' +
      'progress towards a specific business goal (conversion rate, cost per acquisition), with a target and ' +
      'a deadline. Pick 3–5 KPIs per campaign goal, set thresholds from your history or industry ' +
      'benchmarks, and read metrics as the inputs of those KPIs.',
  },
};
