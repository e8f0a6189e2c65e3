/**
 * zod schemas for the structured content: the only definition of its shape. Types come from them.
 * Prose lives in i18next resources (data/locales/<lng>/*.json), keyed by the ids defined here.
 */
import * as z from 'zod/mini';
import {
  ANSWER_KEYS,
  CHARGING_IDS,
  LEAD_IDS,
  PARTNER_IDS,
  PATHWAY_IDS,
  POPULATION_IDS,
  SITE_LEAD_IDS,
  SITE_SETTING_IDS,
  SITUATION_IDS,
  ANSWER_OPTIONS,
} from './vocabulary';
import { TEXT_NAMESPACES } from './locales/namespaces';

const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens'));
/** An absolute http(s) address; never a guessed or shortened one. */
const Url = z.string().check(
  z.regex(/^https?:\/\/[^\s]+$/, 'Use an absolute http(s) address'),
  z.refine((url) => !url.includes('...') && !url.includes('…'), 'The address is cut short'),
);
const uniqueList = <T extends z.ZodMiniType<string>>(item: T) =>
  z.array(item).check(z.refine((list) => new Set(list).size === list.length, 'List ids once each'));

export const PathwayIdSchema = z.enum(PATHWAY_IDS);

/** A publication, web page or seed document that content cites. */
export const SourceSchema = z.object({
  id: Id,
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  year: z.optional(z.number().check(z.int(), z.gte(1900), z.lte(2100))),
  url: z.optional(Url),
});

/** A critical element: a point to plan for when building a pathway; its title and detail are prose in the locales, its sources in data/citations.json. */
export const CriticalElementSchema = z.object({ id: Id });

/** One of the six pathways: its definition, and the facts the recommendation rules read. */
export const PathwaySchema = z.object({
  id: PathwayIdSchema,
  /** The situation that points at this pathway (rule 4). */
  situation: z.enum(SITUATION_IDS),
  /**
   * Further situations that point at it only with one of some charging options chosen (rule 4): a
   * low-level offense points at First Responder and Officer Referral when officers may refer
   * instead of charging. Those charging options, when chosen, are reasons for it (rule 7).
   */
  alsoPointedBy: z.optional(
    z.array(
      z.object({
        situation: z.enum(SITUATION_IDS),
        whenCharging: uniqueList(z.enum(CHARGING_IDS)).check(z.minLength(1)),
      }),
    ),
  ),
  /** Leads that may run it, and partners that also allow it (rules 1-3). */
  allowedBy: z.object({
    lead: uniqueList(z.enum(LEAD_IDS)).check(z.minLength(1)),
    partners: uniqueList(z.enum(PARTNER_IDS)),
  }),
  /** Charging options of which at least one is needed (rule 1); empty when none is. */
  requiresCharging: uniqueList(z.enum(CHARGING_IDS)),
  /** Target populations it serves (seed 001). */
  populations: uniqueList(z.enum(POPULATION_IDS)).check(z.minLength(1)),
  /** Partner groups it uses; a group of which no member is chosen is a gap. */
  partnerGroups: z.array(uniqueList(z.enum(PARTNER_IDS)).check(z.minLength(1))).check(z.minLength(1)),
  elements: z.array(CriticalElementSchema).check(z.minLength(8), z.maxLength(10)),
});

/** When a question is asked: only when an earlier answer includes an id. */
const AskedWhenSchema = z.object({ key: z.enum(ANSWER_KEYS), includes: Id });

/** A question of the wizard; prompt, hint and option texts are prose in the locales. */
export const QuestionSchema = z.object({
  id: z.enum(ANSWER_KEYS),
  type: z.enum(['multiple', 'single']),
  /** Whether at least one option must be chosen. */
  required: z.boolean(),
  askedWhen: z.optional(AskedWhenSchema),
  options: z.array(z.object({ id: Id, exclusive: z.optional(z.boolean()) })).check(z.minLength(2)),
});

/** A program that runs one or more pathways, from ../shared/domain/sites.json; where its facts come from is in data/citations.json. */
export const SiteSchema = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  city: z.nullable(z.string().check(z.minLength(1))),
  county: z.nullable(z.string().check(z.minLength(1))),
  state: z.string().check(z.regex(/^[A-Z]{2}$/, 'Use the two-letter state code')),
  leadAgency: z.enum(SITE_LEAD_IDS),
  pathways: uniqueList(PathwayIdSchema).check(z.minLength(1)),
  setting: z.nullable(z.enum(SITE_SETTING_IDS)),
  mentorSite: z.boolean(),
  yearStarted: z.nullable(z.number().check(z.int(), z.gte(1900), z.lte(2100))),
  /** Whether a source states the pathways, or they took judgment. */
  confidence: z.enum(['stated', 'inferred']),
  /** True when a source names the pathways but the lead agency is our reading of it (re-review C). */
  inferredLeadAgency: z.optional(z.boolean()),
  /** Addresses shown on its card, best first: the program's own or an official page, each also named in its citation (a content test holds their hosts to data/link-hosts.json). */
  links: z.array(Url),
});

/** Kinds of learning resources and next steps. */
export const RESOURCE_KINDS = [
  'case-study',
  'webinar',
  'article',
  'training',
  'mentoring',
  'technical-assistance',
  'library',
  'toolkit',
  'funding',
] as const;

/**
 * A publication, webinar, training or programme a planner can use next; its description is prose
 * in the locales, its source in data/citations.json. The built-in ones load with the planner's file.
 */
export const ResourceSchema = z.object({
  id: Id,
  kind: z.enum(RESOURCE_KINDS),
  /** The pathways it is about; empty for resources that apply to every pathway. */
  pathways: uniqueList(PathwayIdSchema),
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  publisher: z.string().check(z.minLength(1), z.maxLength(200)),
  year: z.optional(z.number().check(z.int(), z.gte(1990), z.lte(2100))),
  /** Left out when the sources give no complete address: never guessed. */
  url: z.optional(Url),
  /** Programs it features, by site id. */
  sites: z.optional(uniqueList(Id)),
  /** Part of the short "Before you start" checklist, in this order (1 first). */
  beforeYouStart: z.optional(z.number().check(z.int(), z.gte(1), z.lte(9))),
  /** Set when the resource itself says it uses the older five-pathway framework (before Community Response). */
  framework: z.optional(z.literal('five-pathways')),
});

/** Where each fact comes from (data/citations.json): source ids, or a note for programs and resources. */
export const CitationsSchema = z.object({
  pathways: z.record(
    z.string(),
    z.object({
      sources: z.array(Id).check(z.minLength(1)),
      elements: z.record(z.string(), z.array(Id).check(z.minLength(1))),
    }),
  ),
  sites: z.record(z.string(), z.string().check(z.minLength(1))),
  resources: z.record(z.string(), z.string().check(z.minLength(1))),
});

type Ctx = Parameters<Parameters<typeof z.superRefine>[0]>[1];
function checkIds(
  ctx: Ctx,
  ids: readonly string[],
  known: ReadonlySet<string>,
  path: (string | number)[],
  what: string,
) {
  ids.forEach((id, i) => {
    if (!known.has(id))
      ctx.addIssue({ code: 'custom', path: [...path, i], message: `Unknown ${what} "${id}"`, input: id });
  });
}
function checkUnique(ctx: Ctx, items: readonly { id: string }[], path: string, what: string) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({
        code: 'custom',
        path: [path, i, 'id'],
        message: `Duplicate ${what} id "${item.id}"`,
        input: item.id,
      });
    seen.add(item.id);
  });
}

/**
 * The structured content the recommendation reads and the script carries, with every id
 * reference checked: exactly data/pathways.json, questions.json and sites.json.
 */
export const ContentSchema = z
  .object({
    pathways: z.array(PathwaySchema),
    questions: z.array(QuestionSchema),
    sites: z.array(SiteSchema),
  })
  .check(
    z.superRefine((content, ctx) => {
      checkUnique(ctx, content.pathways, 'pathways', 'pathway');
      checkUnique(ctx, content.questions, 'questions', 'question');
      checkUnique(ctx, content.sites, 'sites', 'program');
      const missing = PATHWAY_IDS.filter((id) => !content.pathways.some((p) => p.id === id));
      if (missing.length)
        ctx.addIssue({
          code: 'custom',
          path: ['pathways'],
          message: `Missing pathways: ${missing.join(', ')}`,
          input: content.pathways,
        });
      content.pathways.forEach((p, pi) => checkUnique(ctx, p.elements, `pathways.${pi}.elements`, 'element'));
      content.questions.forEach((q, qi) => {
        const vocabulary: ReadonlySet<string> = new Set(ANSWER_OPTIONS[q.id]);
        checkIds(
          ctx,
          q.options.map((o) => o.id),
          vocabulary,
          ['questions', qi, 'options'],
          `option for ${q.id}`,
        );
        if (q.askedWhen && !(ANSWER_OPTIONS[q.askedWhen.key] as readonly string[]).includes(q.askedWhen.includes)) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', qi, 'askedWhen', 'includes'],
            message: `Unknown option "${q.askedWhen.includes}" for ${q.askedWhen.key}`,
            input: q.askedWhen,
          });
        }
      });
    }),
  );

export type Source = z.infer<typeof SourceSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type CriticalElement = z.infer<typeof CriticalElementSchema>;
export type Pathway = z.infer<typeof PathwaySchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Site = z.infer<typeof SiteSchema>;
export type Content = z.infer<typeof ContentSchema>;
export type Citations = z.infer<typeof CitationsSchema>;

/** Longest text an override may carry: enough for a paragraph, not for a payload. */
export const MAX_TEXT_LENGTH = 2_000;
const MAX_TEXT_DEPTH = 6;

const Language = z
  .string()
  .check(z.regex(/^[a-z]{2,3}$/, 'Use a two- or three-letter language code such as "en" or "es"'));
const OverrideText = z
  .string()
  .check(
    z.minLength(1, 'Must not be empty'),
    z.maxLength(MAX_TEXT_LENGTH, `Keep texts under ${MAX_TEXT_LENGTH} characters`),
  );

/** A text per language, English required: `{ "en": "…", "es": "…" }`. */
const LocalizedText = z.catchall(z.object({ en: OverrideText }), OverrideText).check(
  z.superRefine((texts, ctx) => {
    for (const key of Object.keys(texts)) {
      if (!/^[a-z]{2,3}$/.test(key))
        ctx.addIssue({ code: 'custom', path: [key], message: 'Use a two- or three-letter language code', input: key });
    }
  }),
);

/** Nested texts of one namespace: objects of strings, a few levels deep. */
const TextTree = z.record(z.string(), z.unknown()).check(
  z.superRefine((tree, ctx) => {
    const walk = (node: unknown, path: string[]) => {
      if (typeof node === 'string') {
        if (node.length === 0 || node.length > MAX_TEXT_LENGTH)
          ctx.addIssue({
            code: 'custom',
            path,
            message: `Texts must have 1 to ${MAX_TEXT_LENGTH} characters`,
            input: node.slice(0, 40),
          });
        return;
      }
      if (!node || typeof node !== 'object' || Array.isArray(node)) {
        ctx.addIssue({ code: 'custom', path, message: 'Expected a text or an object of texts', input: typeof node });
        return;
      }
      if (path.length >= MAX_TEXT_DEPTH) {
        ctx.addIssue({ code: 'custom', path, message: `Texts nest at most ${MAX_TEXT_DEPTH} levels`, input: '…' });
        return;
      }
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    };
    for (const [key, child] of Object.entries(tree)) walk(child, [key]);
  }),
);

/** A program an agency adds (or a built-in one it replaces, by id), with its description inline. */
export const OverrideSiteSchema = z.strictObject({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  city: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  county: z._default(z.nullable(z.string().check(z.minLength(1), z.maxLength(100))), null),
  state: z.string().check(z.regex(/^[A-Z]{2}$/, 'Use the two-letter state code')),
  leadAgency: z.enum(SITE_LEAD_IDS),
  pathways: uniqueList(PathwayIdSchema).check(z.minLength(1)),
  setting: z._default(z.nullable(z.enum(SITE_SETTING_IDS)), null),
  mentorSite: z._default(z.boolean(), false),
  yearStarted: z._default(z.nullable(z.number().check(z.int(), z.gte(1900), z.lte(2100))), null),
  confidence: z._default(z.enum(['stated', 'inferred']), 'stated'),
  source: z._default(z.string().check(z.maxLength(MAX_TEXT_LENGTH)), 'Provided by the agency'),
  links: z._default(z.array(Url).check(z.maxLength(10)), []),
  description: z.optional(LocalizedText),
});

/** A resource an agency adds (e.g. the county's treatment directory), with its description inline. */
export const OverrideResourceSchema = z.strictObject({
  id: Id,
  kind: z._default(z.enum(RESOURCE_KINDS), 'toolkit'),
  pathways: z._default(uniqueList(PathwayIdSchema), []),
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  publisher: z.string().check(z.minLength(1), z.maxLength(200)),
  year: z.optional(z.number().check(z.int(), z.gte(1990), z.lte(2100))),
  url: z.optional(Url),
  source: z._default(z.string().check(z.maxLength(MAX_TEXT_LENGTH)), 'Provided by the agency'),
  description: z.optional(LocalizedText),
});

/**
 * An agency's content override (`content-src` or the `content` property): programs to add or
 * replace, and texts to replace per language and namespace. Everything else stays built in.
 */
export const OverrideSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    sites: z._default(z.array(OverrideSiteSchema).check(z.maxLength(1_000)), []),
    resources: z._default(z.array(OverrideResourceSchema).check(z.maxLength(500)), []),
    texts: z._default(z.record(Language, z.partialRecord(z.enum(TEXT_NAMESPACES), TextTree)), {}),
  })
  .check(
    z.superRefine((override, ctx) => {
      checkUnique(ctx, override.sites, 'sites', 'program');
      checkUnique(ctx, override.resources, 'resources', 'resource');
    }),
  );

export type OverrideSite = z.infer<typeof OverrideSiteSchema>;
export type OverrideResource = z.infer<typeof OverrideResourceSchema>;
export type Override = z.infer<typeof OverrideSchema>;
