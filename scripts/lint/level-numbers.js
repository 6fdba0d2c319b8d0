// A unit's level number is its depth in the dataset's declared hierarchy, so the same number names a
// village in one province and a commune in another. Rules go by the level's kind (src/domain/levels.ts:
// levelKind, isAtOrAboveKind, levelOfKind…); comparing a level or a depth with a number literal is an
// error in product and build code. eslint.config.js applies this; scripts/lint/boundaries.test.ts
// plants such a comparison to prove it fires.

/** `x.level`, `x?.level`, `level` and the same for `depth`, on the side of a node named by `side`. */
const named = (side) => `[${side}.property.name=/^(level|depth)$/], [${side}.expression.property.name=/^(level|depth)$/], [${side}.name=/^(level|depth)$/]`;
const COMPARISON = 'BinaryExpression[operator=/^(===|!==|==|!=|<|<=|>|>=)$/]';
const MESSAGE =
  'Do not compare a level or depth with a number: a level number is a depth, whose kind depends on the dataset. Decide by kind (levelKind, isAtOrAboveKind, levelOfKind in src/domain/levels.ts).';

const LEVEL_NUMBER_SELECTORS = [
  `${COMPARISON}:matches(${named('left')})[right.value=type(number)]`,
  `${COMPARISON}:matches(${named('right')})[left.value=type(number)]`,
  `SwitchStatement:matches(${named('discriminant')}) > SwitchCase[test.value=type(number)]`,
];

/** The flat-config block: src/ and scripts/, their tests excepted. */
export function levelNumberConfig() {
  return [
    {
      files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,tsx,js}'],
      ignores: ['**/*.test.{ts,tsx}'],
      rules: { 'no-restricted-syntax': ['error', ...LEVEL_NUMBER_SELECTORS.map((selector) => ({ selector, message: MESSAGE }))] },
    },
  ];
}
