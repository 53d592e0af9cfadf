export { GET, POST } from "@stride/auth/handlers";
