import type { ReactNode } from 'react';

/** What to show where a list or a pane has nothing yet: what it is, and what to do. */
export function EmptyState({ icon, title, children }: { icon?: ReactNode; title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      {icon && (
        <div className="empty-state-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <p className="empty-state-title">{title}</p>
      {children && <div className="empty-state-text">{children}</div>}
    </div>
  );
}
