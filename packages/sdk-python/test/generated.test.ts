import { describeGeneratedFolder } from '@ryzeapi/codegen/drift-tests';
import { generatedFolder } from '../scripts/generate.ts';

describeGeneratedFolder('src/ryzeapi/_generated', generatedFolder, {
  models: 'models.py',
  operations: 'leave_group.py',
});
