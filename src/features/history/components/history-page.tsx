import { Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../components/page-header.tsx';
import { ActivationHistoryTab } from './activation-history-tab.tsx';
import { AuditTab } from './audit-tab.tsx';

type HistoryTab = 'requests' | 'audit';

/** The admins' History page: the tenant's requests, and the PIM audit log. */
export function HistoryPage() {
  // The tab is in the address bar too: a link to the audit log opens the audit log.
  const [params, setParams] = useSearchParams();
  const tab: HistoryTab = params.get('tab') === 'audit' ? 'audit' : 'requests';
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
          setParams((current) => {
            const next = new URLSearchParams(current);
            if (data.value === 'audit') next.set('tab', 'audit');
            else next.delete('tab');
            return next;
          });
        }}
        aria-label="History views"
      >
        <Tab value="requests">Activation history</Tab>
        <Tab value="audit">PIM audit log</Tab>
      </TabList>
      <div role="tabpanel" aria-label={tab === 'requests' ? 'Activation history' : 'PIM audit log'}>
        {tab === 'requests' ? <ActivationHistoryTab now={openedAt} /> : <AuditTab now={openedAt} />}
      </div>
    </>
  );
}
