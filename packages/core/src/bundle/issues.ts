import type { z } from 'zod';

/** One problem in a bundle, located by a JSON path such as `posts[2].snapshots[0].likes`. */
export interface BundleIssue {
  path: string;
  message: string;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && PLAIN_KEY.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text || '(root)';
}

function cleanMessage(message: string): string {
  if (/received undefined$/.test(message)) return 'required field is missing';
  return message.replace(/^Invalid (input|option): /, '');
}

type Issue = z.core.$ZodIssue;

/** For a failed union, the issues of the branch that matched the value's JSON type (object vs list). */
function unionBranch(issue: Extract<Issue, { code: 'invalid_union' }>): Issue[] | undefined {
  return issue.errors.find(
    (branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
  );
}

function flatten(issues: readonly Issue[], prefix: readonly PropertyKey[], out: BundleIssue[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: formatJsonPath([...path, key]), message: 'unknown field' });
    } else if (issue.code === 'invalid_union') {
      const branch = unionBranch(issue);
      if (branch) flatten(branch, path, out);
      else out.push({ path: formatJsonPath(path), message: 'expected an object or a list of such objects' });
    } else {
      out.push({ path: formatJsonPath(path), message: cleanMessage(issue.message) });
    }
  }
}

export function withoutDuplicateIssues(issues: readonly BundleIssue[]): BundleIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Zod issues as path + message, one per problem, without duplicates. */
export function bundleIssuesFromZod(issues: readonly Issue[]): BundleIssue[] {
  const out: BundleIssue[] = [];
  flatten(issues, [], out);
  return withoutDuplicateIssues(out);
}

export function formatBundleIssue(issue: BundleIssue): string {
  return `${issue.path}: ${issue.message}`;
}
