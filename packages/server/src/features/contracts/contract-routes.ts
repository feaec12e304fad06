import { contracts } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { deleteStoredAttachments } from '../attachments/delete-stored-attachments';
import { contractTermProblems, signingDay } from './contract-rules';
import {
  ZContract,
  ZContractList,
  ZContractListQuery,
  ZContractParams,
  ZCreateContract,
  ZUpdateContract,
} from './contract-schemas';
import { loadContract, loadContracts } from './load-contracts';
import { deleteMilestoneCosts, syncMilestoneCosts } from './milestone-costs';
import { assertCampaignAndCreator, replaceMilestones, updateContractRow } from './save-contract';
import { workspaceTimeZone, workspaceToday } from './workspace-today';

export const listContractsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/contracts',
  permission: 'contract.read',
  summary: 'Contracts of the workspace, newest first; filter by campaign, creator or status',
  tags: ['contracts'],
  schema: { params: ZWorkspaceParams, query: ZContractListQuery, response: ZContractList },
  handler: async ({ ctx, query }) => ({
    items: await loadContracts(ctx.services.db, ctx.workspace.id, query),
  }),
});

export const getContractRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/contracts/:contractId',
  permission: 'contract.read',
  summary: 'One contract with its payment milestones and attachments',
  tags: ['contracts'],
  schema: { params: ZContractParams, response: ZContract },
  handler: async ({ ctx, params }) => loadContract(ctx.services.db, ctx.workspace.id, params.contractId),
});

export const createContractRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/contracts',
  permission: 'contract.write',
  summary:
    'A contract with one creator for one campaign: fee, payment milestones, deliverables, exclusivity window and competitors, scandal and content-approval clauses, usage rights with expiry',
  tags: ['contracts'],
  status: 201,
  schema: { params: ZWorkspaceParams, body: ZCreateContract, response: ZContract },
  handler: async ({ ctx, body }) => {
    const workspaceId = ctx.workspace.id;
    const problems = contractTermProblems(body);
    if (problems.length > 0)
      throw new AppError('validation_failed', 'The contract terms do not add up', problems);
    const { db } = ctx.services;
    await assertCampaignAndCreator(db, workspaceId, body.campaignId, body.creatorId);
    const { milestones, ...values } = body;
    const timeZone = await workspaceTimeZone(db, workspaceId);
    const signedOn = signingDay(body.status, body.signedOn, await workspaceToday(db, workspaceId));
    const id = await ctx.write(async (tx, audit) => {
      const [created] = await tx
        .insert(contracts)
        .values({
          ...values,
          signedOn,
          workspaceId,
          createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
        })
        .returning({ id: contracts.id });
      if (!created) throw new Error('insert returned no contract');
      await replaceMilestones(tx, audit, workspaceId, created.id, milestones);
      await syncMilestoneCosts(tx, audit, workspaceId, created.id, timeZone);
      await audit({ action: 'contract.create', entityType: 'contract', entityId: created.id, after: body });
      return created.id;
    });
    return loadContract(db, workspaceId, id);
  },
});

export const updateContractRoute = defineRoute({
  method: 'PATCH',
  url: '/api/v1/workspaces/:workspaceId/contracts/:contractId',
  permission: 'contract.write',
  summary: 'Change a contract: any field given replaces the stored one (milestones as a whole list)',
  tags: ['contracts'],
  schema: { params: ZContractParams, body: ZUpdateContract, response: ZContract },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const { db } = ctx.services;
    const before = await loadContract(db, workspaceId, params.contractId);
    const merged = { ...before, ...body };
    const problems = contractTermProblems(merged);
    if (problems.length > 0)
      throw new AppError('validation_failed', 'The contract terms do not add up', problems);
    const { milestones, ...values } = body;
    const timeZone = await workspaceTimeZone(db, workspaceId);
    const signedOn = signingDay(merged.status, merged.signedOn, await workspaceToday(db, workspaceId));
    await ctx.write(async (tx, audit) => {
      await updateContractRow(tx, workspaceId, params.contractId, { ...values, signedOn });
      if (milestones) {
        await replaceMilestones(tx, audit, workspaceId, params.contractId, milestones);
        await syncMilestoneCosts(tx, audit, workspaceId, params.contractId, timeZone);
      }
      await audit({
        action: 'contract.update',
        entityType: 'contract',
        entityId: params.contractId,
        before,
        after: body,
      });
    });
    return loadContract(db, workspaceId, params.contractId);
  },
});

export const deleteContractRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/contracts/:contractId',
  permission: 'contract.write',
  summary:
    'Delete a contract with its milestones, the costs that recorded their payments, and attached files',
  tags: ['contracts'],
  schema: { params: ZContractParams },
  handler: async ({ ctx, params }) => {
    const workspaceId = ctx.workspace.id;
    const before = await loadContract(ctx.services.db, workspaceId, params.contractId);
    await ctx.write(async (tx, audit) => {
      await deleteMilestoneCosts(
        tx,
        audit,
        workspaceId,
        before.milestones.map((m) => m.id),
      );
      await tx
        .delete(contracts)
        .where(and(eq(contracts.id, params.contractId), eq(contracts.workspaceId, workspaceId)));
      await audit({ action: 'contract.delete', entityType: 'contract', entityId: params.contractId, before });
    });
    await deleteStoredAttachments(ctx.services.config, workspaceId, before.attachments, ctx.log);
    return undefined;
  },
});
