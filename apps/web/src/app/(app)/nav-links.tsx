import { NavLink } from "./nav-link";

/** Each section with its icon (24-unit strokes, shown in the phone's tab bar only). */
const LINKS = [
  { href: "/week", label: "Week", icon: "M3 5h18v16H3zM3 10h18M8 3v4M16 3v4" },
  {
    href: "/goals",
    label: "Goals",
    icon: "M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18zm0-5a4 4 0 1 1 0-8 4 4 0 0 1 0 8z",
  },
  { href: "/log", label: "Log", icon: "M4 6h16M4 12h16M4 18h10" },
  { href: "/checkins", label: "Check-ins", icon: "M4 4h16v16H4zM8 12l3 3 5-6" },
  {
    href: "/groups",
    label: "Groups",
    icon: "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M17 3a4 4 0 0 1 0 8M22 21a7 7 0 0 0-4-6.3",
  },
  { href: "/coach", label: "Coach", icon: "M4 21V4h12l-2 4 2 4H4" },
  {
    href: "/settings",
    label: "Settings",
    icon: "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2",
  },
] as const;

/**
 * The sections: a row in the header on wide screens, a tab bar fixed to the bottom on phones and
 * tablets (every section seen at once, each tab at least 44 px square). One list for both, so the
 * two can never disagree; the header keeps no backdrop filter below `lg`, which would otherwise
 * hold the fixed bar inside it. The list and its icons render on the server; only each link's
 * "this page" mark is client code (`NavLink`).
 */
export function NavLinks() {
  return (
    <nav
      aria-label="Main"
      className="fixed inset-x-0 bottom-0 z-20 grid grid-cols-7 border-t border-zinc-200 bg-white pb-[env(safe-area-inset-bottom)] lg:static lg:flex lg:min-w-0 lg:flex-1 lg:border-0 lg:bg-transparent lg:pb-0 dark:border-zinc-800 dark:bg-zinc-900 lg:dark:bg-transparent"
    >
      {LINKS.map(({ href, label, icon }) => (
        <NavLink key={href} href={href}>
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5 lg:hidden"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d={icon} />
          </svg>
          {label}
        </NavLink>
      ))}
    </nav>
  );
}
