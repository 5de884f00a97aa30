/**
 * Collects the page's `securitypolicyviolation` events from the moment this
 * module runs. Shared by the pages served with a Content-Security-Policy
 * header (scripts/test-server.mjs).
 */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

export const violations: Violation[] = [];

document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
    });
  },
  true,
);

/** The header the page was served with, read by fetching the page again. */
export async function servedPolicy(): Promise<string> {
  const response = await fetch(location.href);
  return response.headers.get('content-security-policy') ?? '';
}

/** Waits for `condition`, checking once per task, for at most `tasks` tasks. */
export async function eventually(
  condition: () => boolean,
  tasks = 200,
): Promise<boolean> {
  for (let index = 0; index < tasks && !condition(); index += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return condition();
}
