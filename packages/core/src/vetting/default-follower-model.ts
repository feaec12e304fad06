import shippedModel from '../../../../models/fake-followers/instafake-logistic.model.json' with {
  type: 'json',
};
import { type FakeFollowerModel, parseFakeFollowerModel } from './follower-model';

/**
 * The shipped classifier, fitted by scripts/fake-followers/train.ts on instafake (CC BY-NC 4.0:
 * the weights derive from non-commercial data; see docs/models/fake-follower-model-card.md).
 */
export const defaultFakeFollowerModel: FakeFollowerModel = parseFakeFollowerModel(shippedModel);
