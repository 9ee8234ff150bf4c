import type { NextConfig } from "next";

// create-next-app's defaults, with Cache Components on (the Next.js 16 default in new apps):
// prerendering then refuses impure values such as Date.now() in any rendered component.
const nextConfig: NextConfig = {
  cacheComponents: true,
  // This app sits inside the library's repository, which has its own lockfile.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
