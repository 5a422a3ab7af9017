// The rule file format of rules/README.md as a strict zod schema: an unknown
// key anywhere is an error naming the key.
import type { z as Z } from 'zod';
import { STEP_IDS } from './steps.ts';
import { lazily, zod } from './zod.ts';

// json-rules-engine conditions, restricted to the keys we understand.
export interface LeafCondition {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
  params?: Record<string, unknown>;
}
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

function build() {
  const z = zod();
  const localized = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

  const partSchema = z.strictObject({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'part names are kebab-case'),
    label: localized,
    cues: z.array(z.string().min(1)).min(1),
    headingCues: z.array(z.string().min(1)).optional(),
    /** Weak cues: a hit only ever makes the part "mentioned" (安全 in 安全可控). */
    mentionCues: z.array(z.string().min(1)).optional(),
    /**
     * Concepts of rules/vocabulary.json the part stands for. Inside the rule's own
     * section, a sub-heading, lead phrase or table column naming one of them is the
     * part (强化政策供给 under 保障措施 is policy), whatever its other words.
     */
    concepts: z.array(z.string().min(1)).optional(),
    /**
     * Concepts that name the part in a sentence, where its concepts are a label's bare words: 技术
     * heads a PEST section's 技术面 or a **Technology.** lead, but in a sentence on 数字科技集团 or
     * the Department of Information Technology it names no trend. Labels still read concepts.
     */
    passageConcepts: z.array(z.string().min(1)).optional(),
    /**
     * Words that keep a label (a heading, a lead) from naming the part through its concepts: the
     * city's own technology (Our technology estate, 本市技术基础, How the City manages technology) is
     * its current state, not a technology trend. The part's own cues still name it.
     */
    labelExcept: z.array(z.string().min(1)).min(1).optional(),
    /** Another part of the rule without which this one is at most mentioned (a business architecture counts for a core business only with its L1–L3 layers). */
    onlyWith: z.string().min(1).optional(),
    /**
     * The part is present when another fact finds it (a key-project list is the
     * projects fact's projects): its numeric field at least min, with that fact's
     * evidence. One decision for the part and the rule's message.
     */
    foundBy: z.strictObject({ fact: z.string().min(1), field: z.string().min(1), min: z.number() }).optional(),
    /** A starter text for a drafter adding the part, in the guide's words (views offer it at the part's insertion point). */
    starter: localized.optional(),
  });

  const leaf = z.strictObject({
    fact: z.string().min(1),
    operator: z.string().min(1),
    value: z.unknown(),
    path: z.string().regex(/^\$(\.[A-Za-z0-9_-]+)*$/, 'path must be $.key.key').optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  });
  const conditionSchema: Z.ZodType<Condition> = z.lazy(() =>
    z.union([
      z.strictObject({ all: z.array(conditionSchema).min(1) }),
      z.strictObject({ any: z.array(conditionSchema).min(1) }),
      z.strictObject({ not: conditionSchema }),
      leaf,
    ]),
  ) as Z.ZodType<Condition>;

  const ruleSchema = z.strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    clause: z.string().min(1),
    step: z.enum(STEP_IDS),
    scope: z.enum(['always', 'step']),
    severity: z.enum(['error', 'warning', 'info']),
    /** One of the headline checks (REQUIREMENTS.md): fails with the reason when the document is not a plan. */
    headline: z.boolean().optional(),
    weight: z.number().positive().max(10),
    title: localized,
    parts: z.array(partSchema).optional(),
    /** Look for the parts inside sections whose heading has one of these cues (e.g. 保障措施), when the plan has one; else everywhere. */
    sectionCues: z.array(z.string().min(1)).optional(),
    /** The sectionCues of a topic several rules share (vocabulary.json sectionTopics: data-governance); instead of sectionCues, never beside them. */
    sectionTopic: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
    /**
     * "rule/part": the rule's own section is also any section whose heading that rule's
     * part labelling gives to the part (architecture-security reads the section that
     * architecture-layers takes for its security layer: 资安防护架构, Security and trust).
     */
    scopePart: z.string().regex(/^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/, 'scopePart is "rule-id/part-name"').optional(),
    /**
     * Inside the rule's own section a passage naming a part's concept is that part
     * (the section's prose is about the rule; outside it, only the part's cues count).
     * A number: how many different terms of the concept one sentence must hold, so a
     * passing word (确保安全可控) stays a mention while a description counts.
     */
    conceptsInSection: z.union([z.boolean(), z.number().int().min(1).max(5)]).optional(),
    /** The rule's section is where to look first, not the only place: a part it lacks is looked for in the whole plan. */
    alsoOutsideSection: z.boolean().optional(),
    /**
     * Outside the rule's own section (or in a plan without one), a part counts only in a passage
     * that also names the rule's topic by one of these words: a cadence word alone (每年 in
     * 每年组织一次攻防演练, an annual open house) is no evaluation cycle.
     */
    outsideTopic: z.array(z.string().min(1)).min(1).optional(),
    /**
     * A topic filter that applies only when the plan lacks this part, the rule's subject: then a
     * part counts only in a passage naming the topic (outsideTopic's words, else the rule's own
     * sectionCues). A plan that takes up industrial digitalization has it funded by its general
     * safeguards chapter; a plan that never does has no safeguards of it there.
     */
    outsideTopicWithout: z.string().min(1).optional(),
    /**
     * A part counts only in a passage, item or heading that names this topic, itself or in a
     * heading above it: a platform's function word (采集, 共享, quality) in a data-governance
     * plan's process steps (采集汇聚, 质量控制) names a step, not a platform.
     */
    partTopic: z.array(z.string().min(1)).min(1).optional(),
    /**
     * Words that make a heading (and so the text under it) the part topic's, but not a sentence:
     * a section on the technology (构建一体化技术支撑体系, Technology we will use) holds the
     * platforms; experts in 信息技术 or the local technology sector are none.
     */
    partTopicHeadings: z.array(z.string().min(1)).min(1).optional(),
    /**
     * The plan's foreword (the text above its first chapter, a 前言 or Introduction before the
     * rule's section) is also the rule's section: where a plan states what it rests on
     * (依据《某市国民经济和社会发展第十五个五年规划纲要》…).
     */
    foreword: z.boolean().optional(),
    /**
     * With no section of its own: a sentence naming the topic (a section cue) and a part, apart, is that part (从区内需求看，区级部门希望…).
     * A list names the topic by its own words instead, where a section cue is too loose for a sentence
     * (review names an evaluation's section, but reviews user access every six months evaluates no operation).
     */
    topicSentences: z.union([z.boolean(), z.array(z.string().min(1)).min(1)]).optional(),
    /** The plan's task chapters (fact task-chapters: 四、做强数字经济 五、建设数字社会…) are also the rule's sections. */
    taskChapters: z.boolean().optional(),
    /**
     * With sectionCues: a plan without such a section (and whose title does not name the topic) has none of the parts.
     * With alsoOutsideSection too: a plan with one still has a part that only other chapters discuss (assessment-background).
     */
    sectionRequired: z.boolean().optional(),
    /**
     * With sectionCues: words that make the chapter holding a section named for the topic the
     * rule's section, when its own heading names the topic by an outcome (5 Data is trusted,
     * shared and protected over 5.2 How data is managed through its life; 让数据用得好 over 数据管理).
     */
    chapterWords: z.array(z.string().min(1)).min(1).optional(),
    /**
     * Peer rules of the same step: a label in this rule's section that names a peer's topic (its
     * sectionCues) and one of its parts, and not this rule's topic, is the peer's (评价主体 among the
     * operations chapters is the evaluation's body, not the operations team).
     */
    yieldsTo: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1).optional(),
    /**
     * With alsoOutsideSection: peer rules of the same step whose own sections' run-in leads are
     * theirs, so a lead there never stands for this rule's part (**Technology as an enabler.**
     * among the principles is a principle, not the plan's technology trends).
     */
    notLedIn: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1).optional(),
    /**
     * When the plan gives this rule no section of its own: rules (of any step) whose sections it does
     * not read, as they tell of something else (the infrastructure the city has today, in the current
     * state, is not the infrastructure layer it designs).
     */
    notFoundIn: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1).optional(),
    conditions: z.strictObject({ pass: conditionSchema, partial: conditionSchema.optional() }),
    messages: z.strictObject({ pass: localized, partial: localized.optional(), fail: localized }),
    expected: localized,
    /** The heading a plan gives the rule's own section, when the title reads as a check (总体架构覆盖各层 → 总体架构); default the title. */
    heading: localized.optional(),
    /** A starter text for a drafter adding what the rule asks for, in the guide's words. */
    starter: localized.optional(),
    /**
     * For a rule with no section of its own (no sectionCues): headings, most
     * preferred first, of the section its content belongs in when the plan lacks
     * it (horizon: 总体要求, 发展目标…). Only where to suggest writing, never what is matched.
     */
    placeCues: z.array(z.string().min(1)).optional(),
  });
  return { partSchema, conditionSchema, ruleSchema };
}

/** The schemas, built (and zod loaded) on first use. */
export const ruleSchemas = lazily(build);

export type RuleDefinition = Z.infer<ReturnType<typeof build>['ruleSchema']>;
export type PartDefinition = Z.infer<ReturnType<typeof build>['partSchema']>;
