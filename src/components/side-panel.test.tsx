// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanel } from './side-panel.tsx';

afterEach(cleanup);

describe('SidePanel', () => {
  it('is a dialog named by its label, with the title, the content and a close button', async () => {
    const onClose = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <SidePanel title="Global Reader" label="Request of Adele Vance" onClose={onClose}>
          <p>Justification: quarterly review</p>
        </SidePanel>
      </FluentProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Request of Adele Vance' });
    expect(dialog.textContent).toContain('Global Reader');
    expect(dialog.textContent).toContain('Justification: quarterly review');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape, and names its close button as asked', async () => {
    const onClose = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <SidePanel title="PIM Portal" closeLabel="Close navigation" onClose={onClose}>
          <nav aria-label="Main" />
        </SidePanel>
      </FluentProvider>,
    );
    const close = await screen.findByRole('button', { name: 'Close navigation' });
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('renders nothing while closed', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SidePanel title="PIM Portal" open={false} onClose={vi.fn()}>
          <p>hidden</p>
        </SidePanel>
      </FluentProvider>,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
