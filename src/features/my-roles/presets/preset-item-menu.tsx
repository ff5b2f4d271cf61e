import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { useMenuArrival, type MenuArrival } from '../../../components/menu-on-demand.tsx';

/** A preset's Rename and Delete, fetched on first use (see MenuOnDemand in PresetItem). */
export function PresetItemMenu({
  onRename,
  onDelete,
  ...arrival
}: MenuArrival & { onRename: () => void; onDelete: () => void }) {
  const { open, onOpenChange, trigger } = useMenuArrival(arrival);
  return (
    <Menu open={open} onOpenChange={onOpenChange}>
      <MenuTrigger disableButtonEnhancement>{arrival.button({ ref: trigger })}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={onRename}>Rename</MenuItem>
          <MenuItem onClick={onDelete}>Delete</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
