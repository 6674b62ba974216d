import { registerEnumType } from '@nestjs/graphql';
import { DirectorySort } from '@waymark/shared/types';

registerEnumType(DirectorySort, { name: 'DirectorySort', description: 'How directory results are ordered; DISTANCE needs a point to measure from' });
