import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useCampaignQuery } from '../campaigns/use-campaign';
import { CalendarView } from './calendar-view';

export function CalendarPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageHeader title={t('calendar.title')} description={t('calendar.subtitle')} />
      <CalendarView />
    </div>
  );
}

export function CampaignCalendarTab() {
  const campaign = useCampaignQuery().data;
  return campaign ? <CalendarView campaignId={campaign.id} /> : null;
}
