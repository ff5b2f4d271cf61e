import { MyRolesPage } from '../../features/my-roles/components/my-roles-page.tsx';

export function Component() {
  return <MyRolesPage />;
}
