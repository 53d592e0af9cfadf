// React Query's mutation observer alone, for `useMutate` to load on the first call.
export { MutationObserver } from "@tanstack/react-query";
