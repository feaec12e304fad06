import { ReportsIcon } from '../../components/icons';
import { ComingSoonPage } from './coming-soon-page';

export const ReportsPage = () => (
  <ComingSoonPage section="reports" icon={<ReportsIcon className="size-5" />} />
);
