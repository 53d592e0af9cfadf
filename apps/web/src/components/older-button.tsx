import { Button } from "./ui";

/** The paging half of a `useInfiniteQuery` result: is there more, is it on its way, fetch it. */
type Paged = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };

/** Under a list paged by cursor: fetches the next (older) page, and says so while it loads. */
export function OlderButton({ paged, label }: { paged: Paged; label: string }) {
  if (!paged.hasNextPage) return null;
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={paged.isFetchingNextPage}
      onClick={() => paged.fetchNextPage()}
    >
      {paged.isFetchingNextPage ? "Loading…" : label}
    </Button>
  );
}
