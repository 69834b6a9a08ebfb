'use client';

/** Flips dark mode and remembers the choice (the layout's inline script applies it on load). */
export function ThemeToggle({ label }: { label: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className="rounded px-2 py-1 text-sm hover:bg-zinc-200 dark:hover:bg-zinc-800"
      onClick={() => {
        const dark = !document.documentElement.classList.contains('dark');
        document.documentElement.classList.toggle('dark', dark);
        try {
          localStorage.setItem('theme', dark ? 'dark' : 'light');
        } catch {
          // private mode: the toggle still works for this page
        }
      }}
    >
      <span aria-hidden="true">◐</span>
    </button>
  );
}
