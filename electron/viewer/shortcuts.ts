/** `/` anywhere but in a field focuses the search, as on many sites; typing a slash in a field still types it. */
export function installSearchShortcut(focusSearch: () => void): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return;
    event.preventDefault();
    focusSearch();
  });
}
