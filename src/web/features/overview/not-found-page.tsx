import { Link } from 'react-router-dom';
import { EmptyState } from '../../ui/states';

export function NotFoundPage() {
  return (
    <EmptyState title="There is no page here" action={<Link to="/">Go to the overview</Link>}>
      The link may be old, or the page may have moved.
    </EmptyState>
  );
}
