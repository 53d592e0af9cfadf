import { fuzzArea } from "./harness";

// Property-based fuzz of every procedure in this area's routers (see ./README.md).
fuzzArea("groups");
