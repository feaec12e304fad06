import { LinksIcon, ReportsIcon } from '../../components/icons';
import { ComingSoonPage } from './coming-soon-page';

export const LinksPage = () => <ComingSoonPage section="links" icon={<LinksIcon className="size-5" />} />;
export const ReportsPage = () => (
  <ComingSoonPage section="reports" icon={<ReportsIcon className="size-5" />} />
);
