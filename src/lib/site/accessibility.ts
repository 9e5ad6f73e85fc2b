/**
 * The facts of the accessibility statement, from site.yaml, in the order and
 * wording of the model statement for the Public Sector Bodies (Websites and
 * Mobile Applications) (No. 2) Accessibility Regulations 2018.
 */

import type { SiteConfig } from '../contract/schemas.ts';
import { formatDate } from '../core/dates.ts';

export type ComplianceStatus = SiteConfig['accessibility']['status'];

export interface StatementIssue {
  readonly text: string;
  readonly criterion?: string | undefined;
  readonly fixBy?: string | undefined;
}

export interface AccessibilityStatement {
  readonly siteName: string;
  readonly siteUrl?: string | undefined;
  /** The page's description, for search engines and link previews. */
  readonly description: string;
  /** Who runs the site: the owning organisation, else the site's name. */
  readonly runBy: string;
  readonly status: ComplianceStatus;
  /** The model statement's sentence for the compliance status. */
  readonly complianceSentence: string;
  readonly issues: readonly StatementIssue[];
  /** Each issue as the non-compliance list says it: with the criterion it fails and when it will be fixed. */
  readonly failures: readonly string[];
  readonly disproportionateBurden: readonly string[];
  readonly outOfScope: readonly string[];
  readonly improvements?: string | undefined;
  readonly hasContact: boolean;
  readonly contact: {
    /** How to ask for another format: site.yaml's words, else the model statement's. */
    readonly otherFormats: string;
    readonly email?: string | undefined;
    readonly phone?: string | undefined;
    readonly address?: string | undefined;
  };
  readonly preparationSentence: string;
  readonly testingSentence?: string | undefined;
}

const COMPLIANCE: Record<ComplianceStatus, string> = {
  full: 'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.',
  partial:
    'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.',
  not: 'This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The non-accessible sections are listed below.',
};

const OTHER_FORMATS =
  'If you need information on this website in a different format, like accessible PDF, large print, easy read, audio recording or braille, contact us.';

export function accessibilityStatement(config: SiteConfig): AccessibilityStatement {
  const facts = config.accessibility;
  const issues = facts.issues.map((issue) => (typeof issue === 'string' ? { text: issue } : issue));
  const prepared = facts.prepared ? `This statement was prepared on ${formatDate(facts.prepared)}.` : '';
  const reviewed = facts.reviewed ? ` It was last reviewed on ${formatDate(facts.reviewed)}.` : '';
  const testing = facts.tested
    ? `This website was last tested on ${formatDate(facts.tested)}${facts.testedBy ? `. The test was carried out by ${facts.testedBy}` : ''}.`
    : undefined;
  return {
    siteName: config.name,
    siteUrl: config.url,
    description: `How accessible the ${config.name} website is, how to report a problem and how to ask for another format.`,
    runBy: config.organisation?.name ?? config.name,
    status: facts.status,
    complianceSentence: COMPLIANCE[facts.status],
    issues,
    failures: issues.map(
      (issue) =>
        `${issue.text}${issue.criterion ? ` This fails WCAG 2.2 success criterion ${issue.criterion}.` : ''}` +
        `${issue.fixBy ? ` We plan to fix this by ${formatDate(issue.fixBy)}.` : ''}`,
    ),
    disproportionateBurden: facts.disproportionateBurden,
    outOfScope: facts.outOfScope,
    improvements: facts.improvements,
    hasContact: Boolean(config.contact.email ?? config.contact.phone ?? config.contact.address),
    contact: {
      otherFormats: config.contact.otherFormats ?? OTHER_FORMATS,
      email: config.contact.email,
      phone: config.contact.phone,
      address: config.contact.address,
    },
    preparationSentence:
      `${prepared}${reviewed}`.trim() || 'This statement has not yet been dated: the site has not yet been reviewed.',
    testingSentence: testing,
  };
}
