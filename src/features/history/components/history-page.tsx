import { Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header.tsx';
import { ActivationHistoryTab } from './activation-history-tab.tsx';
import { AuditTab } from './audit-tab.tsx';

type HistoryTab = 'requests' | 'audit';

/** The admins' History page: the tenant's requests, and the PIM audit log. */
export function HistoryPage() {
  const [tab, setTab] = useState<HistoryTab>('requests');
  const [openedAt] = useState(() => Date.now());
  return (
    <>
      <PageHeader
        title="History"
        description="Who had which privilege, when, why, approved by whom, and what they did with it."
      />
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => {
          setTab(data.value as HistoryTab);
        }}
        aria-label="History views"
      >
        <Tab value="requests">Activation history</Tab>
        <Tab value="audit">PIM audit log</Tab>
      </TabList>
      <div role="tabpanel" aria-label={tab === 'requests' ? 'Activation history' : 'PIM audit log'}>
        {tab === 'requests' ? <ActivationHistoryTab /> : <AuditTab now={openedAt} />}
      </div>
    </>
  );
}
