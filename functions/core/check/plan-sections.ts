// The plan's section tree indexed for placing findings: every section in
// document order with its parent, the section a piece of evidence stands in
// (by heading path, then by position), and the plan's chapters (the first
// level with more than one section: a plan whose one top heading is its title
// has its chapters under it).
import type { PlanDocument, Section } from '../document/model.ts';
import type { Evidence } from './result.ts';
import { normalizeForMatch } from '../match/normalize.ts';

export const pathKey = (path: readonly string[]): string => path.join('\u0001');

export class PlanSections {
  readonly all: Section[] = [];
  readonly parent = new Map<Section, Section | null>();
  private readonly byPath = new Map<string, Section[]>();
  private readonly norms = new Map<Section, string>();
  /** The chapters and the section they sit in (null: the plan's top level). */
  readonly chapters: Section[];
  readonly chapterParent: Section | null;
  private readonly top: Section[];

  constructor(doc: PlanDocument) {
    this.top = doc.sections;
    const walk = (s: Section, parent: Section | null) => {
      this.all.push(s);
      this.parent.set(s, parent);
      const key = pathKey(s.path);
      const list = this.byPath.get(key);
      if (list) list.push(s);
      else this.byPath.set(key, [s]);
      for (const c of s.children) walk(c, s);
    };
    for (const s of doc.sections) walk(s, null);
    let list = doc.sections;
    let parent: Section | null = null;
    while (list.length === 1 && list[0]!.children.length > 0) {
      parent = list[0]!;
      list = parent.children;
    }
    this.chapters = list;
    this.chapterParent = parent;
  }

  /** The heading normalized for matching, once per section. */
  normalized(s: Section): string {
    let n = this.norms.get(s);
    if (n === undefined) this.norms.set(s, (n = normalizeForMatch(s.heading)));
    return n;
  }

  /** The section with this heading path; of several, the last one starting at or before `offset` in the same file. */
  byHeadingPath(path: readonly string[], offset?: number, file?: string): Section | null {
    const list = this.byPath.get(pathKey(path));
    if (!list) return null;
    if (list.length === 1 || offset === undefined) return list[0]!;
    let best = list[0]!;
    for (const s of list) if (s.position.file === file && s.position.start.offset <= offset) best = s;
    return best;
  }

  sectionOf(e: Evidence): Section | null {
    return e.path.length ? this.byHeadingPath(e.path, e.position.start.offset, e.position.file) : null;
  }

  /** The chapter a section lies in (null when it lies above the chapters). */
  chapterOf(s: Section): Section | null {
    for (let at: Section | null = s; at; at = this.parent.get(at) ?? null) if (this.chapters.includes(at)) return at;
    return null;
  }

  /** The child of `ancestor` on the way down to `s` (null when s is not below it). */
  childOn(ancestor: Section, s: Section): Section | null {
    for (let at: Section | null = s; at; at = this.parent.get(at) ?? null) if (this.parent.get(at) === ancestor) return at;
    return null;
  }

  siblingsOf(parent: Section | null): Section[] {
    return parent ? parent.children : this.top;
  }
}
