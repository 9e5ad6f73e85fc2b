/**
 * Publishing from the editor: the changed files in content/ and data/ become
 * one commit, pushed to a new branch of the council's repository, where a
 * merge request (GitLab, opened by the push itself) or a pull request
 * (GitHub, opened with a token, else a link to open it) asks for review.
 * The site's CI runs the check on it and the branch protection of the main
 * branch stops anything unchecked from being published (docs/publishing.md).
 *
 * Git does the work, with the machine's own credentials for the remote (a
 * deploy key or token set up once, docs/authoring.md "Editing in the
 * browser"); nothing here stores a secret.
 */

import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface PublishSettings {
  /** The repository's folder (any folder inside it). */
  readonly repoDir: string;
  /** Folders whose changes are published: content/ and data/. */
  readonly paths: readonly string[];
  /** The remote to push to (EDITOR_REMOTE, default "origin"). */
  readonly remote: string;
  /** The branch the change asks to be merged into (EDITOR_TARGET_BRANCH, default "main"). */
  readonly target: string;
  /** "gitlab" opens a merge request with push options; "github" a pull request; "git" only pushes. */
  readonly host: 'gitlab' | 'github' | 'git';
  /** For GitHub: a token that may open pull requests (EDITOR_GITHUB_TOKEN), and the repository "owner/name". */
  readonly githubToken?: string | undefined;
  readonly githubRepo?: string | undefined;
  /** "Name <email>" for the commit, when git has no user configured (EDITOR_AUTHOR). */
  readonly author?: string | undefined;
}

export type PublishResult =
  | {
      readonly ok: true;
      readonly branch: string;
      readonly files: readonly string[];
      readonly message: string;
      readonly link?: string;
    }
  | { readonly ok: false; readonly message: string };

export function publishSettingsFromEnv(repoDir: string, paths: readonly string[], env = process.env): PublishSettings {
  const host = env.EDITOR_GIT_HOST === 'gitlab' || env.EDITOR_GIT_HOST === 'github' ? env.EDITOR_GIT_HOST : 'git';
  return {
    repoDir,
    paths,
    remote: env.EDITOR_REMOTE || 'origin',
    target: env.EDITOR_TARGET_BRANCH || 'main',
    host,
    githubToken: env.EDITOR_GITHUB_TOKEN,
    githubRepo: env.EDITOR_GITHUB_REPO,
    author: env.EDITOR_AUTHOR,
  };
}

/** Files in the published folders that differ from the last commit, relative to the repository. */
export function changedFiles(settings: PublishSettings): string[] {
  const root = git(settings.repoDir, ['rev-parse', '--show-toplevel']).trim();
  const status = git(root, [
    'status',
    '--porcelain',
    '-z',
    '--untracked-files=all',
    '--',
    ...settings.paths.map((p) => path.relative(root, p) || '.'),
  ]);
  return status
    .split('\0')
    .filter((line) => line.length > 3)
    .map((line) => line.slice(3));
}

export async function publish(settings: PublishSettings, description: string, date: string): Promise<PublishResult> {
  const summary = description.trim().split('\n')[0]?.trim() ?? '';
  if (summary === '')
    return { ok: false, message: 'Say in a few words what you changed: it names the change for the reviewer.' };
  let root: string;
  try {
    root = git(settings.repoDir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return { ok: false, message: `${settings.repoDir} is not in a git repository, so there is nowhere to publish to.` };
  }
  const files = changedFiles(settings);
  if (files.length === 0) return { ok: false, message: 'Nothing has changed since the last publication.' };
  const branch = `edit/${date}-${slug(summary)}-${Date.now().toString(36)}`;
  try {
    git(root, ['add', '--all', '--', ...files]);
    git(root, [
      'commit',
      '--quiet',
      ...(settings.author ? ['--author', settings.author] : []),
      '-m',
      description.trim(),
      '--',
      ...files,
    ]);
  } catch (error) {
    return { ok: false, message: `Could not make the commit: ${gitMessage(error)}` };
  }
  const options =
    settings.host === 'gitlab'
      ? [
          '-o',
          'merge_request.create',
          '-o',
          `merge_request.target=${settings.target}`,
          '-o',
          `merge_request.title=${summary}`,
        ]
      : [];
  try {
    git(root, ['push', '--quiet', ...options, settings.remote, `HEAD:refs/heads/${branch}`]);
  } catch (error) {
    return {
      ok: false,
      message: `Saved as a commit here, but could not send it to the council's repository: ${gitMessage(error)}. Ask whoever set up the editor to check its access to "${settings.remote}".`,
    };
  }
  const sent = `Sent ${files.length === 1 ? '1 changed file' : `${files.length} changed files`} to the branch ${branch}`;
  if (settings.host === 'gitlab')
    return { ok: true, branch, files, message: `${sent}, with a merge request into ${settings.target}.` };
  if (settings.host === 'github' && settings.githubRepo) {
    const link = `https://github.com/${settings.githubRepo}/compare/${settings.target}...${branch}?expand=1`;
    if (!settings.githubToken)
      return { ok: true, branch, files, message: `${sent}. Open the pull request with the link.`, link };
    const response = await fetch(`https://api.github.com/repos/${settings.githubRepo}/pulls`, {
      method: 'POST',
      headers: { authorization: `Bearer ${settings.githubToken}`, accept: 'application/vnd.github+json' },
      body: JSON.stringify({ title: summary, head: branch, base: settings.target, body: description.trim() }),
    }).catch(() => undefined);
    const opened = response?.ok ? ((await response.json()) as { html_url?: string }).html_url : undefined;
    return opened
      ? { ok: true, branch, files, message: `${sent}, with a pull request into ${settings.target}.`, link: opened }
      : {
          ok: true,
          branch,
          files,
          message: `${sent}. The pull request could not be opened for you: open it with the link.`,
          link,
        };
  }
  return { ok: true, branch, files, message: `${sent}.` };
}

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function gitMessage(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  return stderr ? (stderr.split('\n').pop() ?? stderr) : error instanceof Error ? error.message : String(error);
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-') || 'edit'
  );
}
