/** The qms.config.yaml texts the suites share, from the barest to the lifecycle agency's full one. */

/** Procedures without required sections, so documents can stay short; nothing else configured. */
export const BARE_CONFIG = 'types:\n  procedure:\n    sections: []\n';

/** BARE_CONFIG with the organization of the rule tests (Sở Khoa học và Công nghệ tỉnh Hòa Bình). */
export const SHORT_CONFIG = `organization: Sở Khoa học và Công nghệ tỉnh Hòa Bình\n${BARE_CONFIG}`;

/** The Sở Tư pháp of the register, list, show and history tests: Vietnamese, no required sections. */
export const JUSTICE_CONFIG = `organization: Sở Tư pháp tỉnh Hòa Bình\nlanguage: vi\n${BARE_CONFIG}`;

/** The lifecycle agency: code patterns, who may review and approve, and the generated regions of each type. */
export const LIFECYCLE_CONFIG = `organization: Sở Khoa học và Công nghệ tỉnh Thử nghiệm
language: vi
types:
  procedure:
    pattern: "^QT-[A-Z]+-[0-9]{2}$"
    reviewers: [Trưởng phòng, Phó Trưởng phòng]
    approvers: [Giám đốc, Phó Giám đốc]
    regions: [identification, approval, history, legal-basis]
  form:
    pattern: "^BM-[0-9]{2}/QT-[A-Z]+-[0-9]{2}$"
    regions: [identification, history]
  instruction:
    pattern: "^HD-[A-Z]+-[0-9]{2}$"
    regions: [identification, approval, history]
  manual:
    pattern: "^STCL$"
    regions: [identification, approval, history]
`;
