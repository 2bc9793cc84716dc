/** The application's first screen; the interface issue builds browsing and search on it. */
export function App() {
  return (
    <main>
      <h1>Compendium</h1>
    </main>
  );
}
