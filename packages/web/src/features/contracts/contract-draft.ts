import type { Contract, ContractDeliverable, ContractStatus, ContractTerms } from './contracts-api';

/** The contract form's state: text inputs as typed, lists one item per line or comma. */
export interface ContractDraft {
  creatorId: string;
  title: string;
  status: ContractStatus;
  fee: string;
  signedOn: string;
  exclusivityStart: string;
  exclusivityEnd: string;
  competitors: string;
  usageRightsChannels: string;
  usageRightsExpiresOn: string;
  scandalClause: string;
  contentApprovalClause: string;
  deliverables: ContractDeliverable[];
  milestones: { label: string; amount: string; dueOn: string; paid: boolean; paidAt: string | null }[];
}

export function emptyDraft(creatorId: string): ContractDraft {
  return {
    creatorId,
    title: '',
    status: 'draft',
    fee: '',
    signedOn: '',
    exclusivityStart: '',
    exclusivityEnd: '',
    competitors: '',
    usageRightsChannels: '',
    usageRightsExpiresOn: '',
    scandalClause: '',
    contentApprovalClause: '',
    deliverables: [],
    milestones: [],
  };
}

export function draftFromContract(contract: Contract): ContractDraft {
  return {
    creatorId: contract.creator.id,
    title: contract.title ?? '',
    status: contract.status,
    fee: String(contract.fee),
    signedOn: contract.signedOn ?? '',
    exclusivityStart: contract.exclusivityStart ?? '',
    exclusivityEnd: contract.exclusivityEnd ?? '',
    competitors: contract.competitors.join(', '),
    usageRightsChannels: contract.usageRightsChannels.join(', '),
    usageRightsExpiresOn: contract.usageRightsExpiresOn ?? '',
    scandalClause: contract.scandalClause ?? '',
    contentApprovalClause: contract.contentApprovalClause ?? '',
    deliverables: contract.deliverables,
    milestones: contract.milestones.map((m) => ({
      label: m.label,
      amount: String(m.amount),
      dueOn: m.dueOn ?? '',
      paid: m.paidAt !== null,
      paidAt: m.paidAt,
    })),
  };
}

/** "1.500.000", "1 500 000" or "1500000" → 1500000 (VND has no minor unit). */
export function parseVnd(text: string): number {
  const digits = text.replace(/[^\d]/g, '');
  return digits === '' ? 0 : Number(digits);
}

function list(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function termsFromDraft(draft: ContractDraft, now: Date = new Date()): ContractTerms {
  return {
    title: orNull(draft.title),
    status: draft.status,
    fee: parseVnd(draft.fee),
    deliverables: draft.deliverables.filter((d) => d.platform.trim() !== '' && d.count > 0),
    milestones: draft.milestones
      .filter((m) => m.label.trim() !== '')
      .map((m) => ({
        label: m.label.trim(),
        amount: parseVnd(m.amount),
        dueOn: orNull(m.dueOn),
        paidAt: m.paid ? (m.paidAt ?? now.toISOString()) : null,
      })),
    exclusivityStart: orNull(draft.exclusivityStart),
    exclusivityEnd: orNull(draft.exclusivityEnd),
    competitors: list(draft.competitors),
    scandalClause: orNull(draft.scandalClause),
    contentApprovalClause: orNull(draft.contentApprovalClause),
    usageRightsChannels: list(draft.usageRightsChannels),
    usageRightsExpiresOn: orNull(draft.usageRightsExpiresOn),
    signedOn: orNull(draft.signedOn),
    notes: null,
  };
}
