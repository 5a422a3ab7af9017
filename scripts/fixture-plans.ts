// The fixture plans' text: fictional cities, written by the guide
// (T/SZS 4042-2021). Each plan states in MANIFEST.md what it holds and omits.
import type { Form } from './make-fixtures.ts';

export type Block = string | { table: string[][] };
export interface Sec {
  title: string;
  blocks?: Block[];
  children?: Sec[];
}
export interface Plan {
  id: string;
  title: string;
  lang: 'zh' | 'en';
  script?: 'traditional';
  preamble?: Block[];
  sections: Sec[];
  forms: Form[];
}

type Layer = 'business' | 'data' | 'application' | 'infrastructure' | 'security';
type Safeguard = 'organization' | 'policy' | 'funding' | 'talent' | 'culture';

interface CityOptions {
  city: string;
  /** e.g. "2021—2025年"; null: the plan states no period. */
  period: string | null;
  /** Target year of the goals ("2025"); null: goals carry no year. */
  goalYear: string | null;
  baseYear: string;
  layers: Layer[];
  safeguards: Safeguard[];
  indicatorTable: boolean;
  stages: boolean;
  projects: number;
  economy: boolean;
  governance: boolean;
  operations: boolean;
  assessment: boolean;
  vision2035?: boolean;
  /** Goals without numbers (vague). */
  vagueGoals?: boolean;
}

function assessment(o: CityOptions): Sec {
  return {
    title: '发展基础与形势',
    children: [
      {
        title: '发展基础',
        blocks: [
          `数字基础设施持续完善。截至${o.baseYear}年底，${o.city}累计建成5G基站3200个，千兆光纤网络覆盖全部城区，政务外网延伸至全部镇街，市级政务云提供计算资源2.1万核，城市公共数据平台汇聚数据资源12亿条，部署物联感知终端和视频监控点位1.6万个。`,
          `数字应用初见成效。数字政府方面，“一网通办”上线事项1860项，网上可办率达到92%；数字社会方面，智慧医疗、智慧教育和社区服务平台覆盖全市；数字经济方面，数字经济核心产业增加值占地区生产总值比重达到6.8%，规模以上工业企业数字化改造比例为41%。`,
        ],
      },
      {
        title: '面临形势',
        blocks: [
          `从政策环境看，国家和省先后部署数字中国、数字政府和数字经济发展，为城市数字化转型提供了政策依据。从技术发展看，5G、人工智能、区块链和城市信息模型加速成熟。从城市战略看，${o.city}提出建设区域创新中心的发展战略。对标杭州、深圳等标杆城市的实践案例，我市在数据共享、场景开放和产业生态方面仍有差距。`,
        ],
      },
      {
        title: '发展水平评估',
        blocks: [
          `依据城市数字化转型评估体系，从基础设施、数据资源、数字应用、产业发展和支撑机制五个维度对${o.city}进行评估，总体处于“单点突破”向“系统推进”过渡阶段，数据资源开发利用和运营机制是主要短板。`,
        ],
      },
      {
        title: '需求分析',
        blocks: [
          '政府侧需要跨部门业务协同和数据共享，提升精准治理能力；企业侧需要降低数字化改造成本、获得开放场景和数据要素；市民侧需要便捷的政务服务、均等的公共服务和安全可信的数字生活。',
        ],
      },
    ],
  };
}

function goals(o: CityOptions): Sec {
  const y = o.goalYear;
  const children: Sec[] = [
    {
      title: '指导思想',
      blocks: [
        `以人民为中心，以数据为关键要素，以数字化改革为牵引，统筹推进数字政府、数字经济、数字社会协同发展，全面提升${o.city}城市治理体系和治理能力现代化水平。${o.vision2035 ? `展望2035年，${o.city}全面建成数字城市，数字化转型成为城市高质量发展的核心动力。` : ''}`,
      ],
    },
    {
      title: '基本原则',
      blocks: [
        '坚持以人为本，把市民和企业的获得感作为出发点和落脚点；坚持技术赋能，以新技术驱动业务流程再造；坚持规则重构，推动制度创新和资源优化配置；坚持多元创新，鼓励政府、企业和社会共同探索；坚持多方共建，形成共建共治共享格局。',
      ],
    },
    {
      title: '战略定位',
      blocks: [`将${o.city}建设成为区域数字化转型示范城市、数据要素流通先行区和数字产业创新高地。`],
    },
    {
      title: '发展目标',
      blocks: o.vagueGoals
        ? ['数字基础设施进一步完善，政务服务能力明显提升，数字经济规模持续扩大，数字社会建设取得积极进展，城市治理更加精细高效，群众满意度不断提高。']
        : [
            `到${y}年，${o.city}城市数字化转型取得显著成效：政务服务事项网上可办率达到100%，“一网通办”事项平均办理时间压缩60%；数字经济核心产业增加值占地区生产总值比重达到10%；5G基站数量达到8000个，城市公共数据开放数据集达到1500个；规模以上工业企业数字化改造比例达到70%。`,
          ],
    },
  ];
  if (o.indicatorTable && !o.vagueGoals) {
    children[3]!.blocks!.push(`表1 ${o.city}城市数字化转型主要指标`, {
      table: [
        ['类别', '指标', '基期值', '目标值', '属性'],
        ['数字基础设施', '5G基站数（个）', '3200', '8000', '预期性'],
        ['数字基础设施', '千兆宽带用户占比（%）', '18', '40', '预期性'],
        ['数字政府', '政务服务事项网上可办率（%）', '92', '100', '约束性'],
        ['数字政府', '公共数据开放数据集（个）', '420', '1500', '预期性'],
        ['数字经济', '数字经济核心产业增加值占GDP比重（%）', '6.8', '10', '预期性'],
        ['数字经济', '规上工业企业数字化改造比例（%）', '41', '70', '预期性'],
        ['数字社会', '电子社保卡覆盖率（%）', '75', '95', '预期性'],
      ],
    });
  }
  if (o.stages) {
    children.push({
      title: '阶段安排',
      blocks: [
        `近期（${o.baseYear === '2020' ? '2021—2022' : '2023'}年）：夯实基础，完成城市公共数据平台升级和政务云扩容，启动重点工程试点。`,
        `中期（${o.baseYear === '2020' ? '2023—2024' : '2024'}年）：全面推进，建成城市运行管理中心，数字政府主要应用全面上线，形成一批数字经济示范场景。`,
        `远期（${o.goalYear ?? '规划期末'}年）：巩固提升，完成各项指标，形成可复制推广的城市数字化转型经验。`,
      ],
    });
  }
  return { title: '总体要求', children };
}

const LAYER_TEXT: Record<Layer, Sec> = {
  business: {
    title: '业务架构',
    blocks: ['围绕数字政府、数字经济、数字社会三大领域梳理核心业务场景，形成“一网通办”“一网统管”“一网协同”等业务域，明确各业务域的业务流程和协同关系。'],
  },
  data: {
    title: '数据架构',
    blocks: ['建设城市数据湖，形成人口、法人、自然资源、电子证照等基础库，建设主题库和专题库；明确数据在市、区两级的分布，提供数据共享交换、开发开放和数据交易等数据服务。'],
  },
  application: {
    title: '应用架构',
    blocks: ['按应用域、应用组、应用系统三级组织应用，明确新建、改造升级和利旧的系统清单，依托统一能力平台提供身份认证、电子印章、地理信息等共性能力。'],
  },
  infrastructure: {
    title: '数字基础设施架构',
    blocks: ['交互型基础设施包括物联感知终端和视频监控；连接型基础设施包括5G、NB-IoT、WiFi6、F5G和政务网络；中枢型基础设施包括政务云、计算与存储资源和数据与服务融合平台。新建数据中心PUE不高于1.3，推动绿色低碳发展。'],
  },
  security: {
    title: '安全体系',
    blocks: ['建立安全管理规则和策略体系，构建覆盖网络、数据和应用的安全技术防护体系，健全安全组织管理体系，落实网络安全等级保护和关键信息基础设施保护要求。'],
  },
};

const SAFEGUARD_TEXT: Record<Safeguard, Sec> = {
  organization: {
    title: '加强组织保障',
    blocks: ['成立由市政府主要领导任组长的城市数字化转型领导小组，建立统筹协调机制，将任务完成情况纳入年度绩效考核。'],
  },
  policy: {
    title: '完善政策保障',
    blocks: ['制定公共数据管理办法和数据开放条例，完善数字化项目管理、场景开放和首购首用政策，健全标准体系和标准规范。'],
  },
  funding: {
    title: '强化资金保障',
    blocks: ['统筹财政资金设立数字化转型专项资金，每年安排不少于3亿元；引导社会资本参与，探索政府和社会资本合作模式。'],
  },
  talent: {
    title: '加强人才保障',
    blocks: ['实施数字人才引育计划，引进高层次数字化人才，开展领导干部和公务人员数字素养培训，建设数字技能实训基地。'],
  },
  culture: {
    title: '营造文化氛围',
    blocks: ['举办数字城市建设大会和开放数据创新大赛，加强宣传引导，营造全社会共同参与城市数字化转型的文化氛围。'],
  },
};

const PROJECTS: Sec[] = [
  {
    title: '城市公共数据平台升级工程',
    blocks: [
      '建设目标：到2025年汇聚数据资源30亿条，数据共享需求满足率达到95%。',
      '建设内容：升级数据汇聚、治理、共享和开放能力，建设数据资产目录。',
      '建设模式：政府投资建设、企业运营。',
      '建设周期：2022—2024年。',
      '投资估算：2.4亿元。',
      '牵头单位：市大数据局。',
    ],
  },
  {
    title: '城市运行管理中心工程',
    blocks: [
      '建设目标：接入30个部门的城市运行体征指标，事件处置平均时长缩短40%。',
      '建设内容：建设城市运行“一网统管”平台，整合应急、交通、城管等业务。',
      '建设模式：政府投资建设、政府运营。',
      '建设周期：2023—2025年。',
      '投资估算：1.8亿元。',
      '牵头单位：市城市运行管理中心。',
    ],
  },
  {
    title: '工业互联网赋能工程',
    blocks: [
      '建设目标：培育3个行业级工业互联网平台，服务企业2000家。',
      '建设内容：建设标识解析二级节点，推动企业上云用数赋智。',
      '建设模式：企业投资建设、企业运营，政府给予奖补。',
      '建设周期：2022—2025年。',
      // The third project deliberately names no budget and no lead unit.
    ],
  },
];

function cityPlan(o: CityOptions): Sec[] {
  const secs: Sec[] = [];
  if (o.assessment) secs.push(assessment(o));
  secs.push(goals(o));
  if (o.layers.length > 0) {
    secs.push({
      title: '总体架构',
      blocks: [`按照“业务—数据—应用—基础设施—安全”的设计路径，构建${o.city}城市数字化转型总体架构。`.replace('“业务—数据—应用—基础设施—安全”', o.layers.length === 5 ? '“业务—数据—应用—基础设施—安全”' : '统一')],
      children: o.layers.map((l) => LAYER_TEXT[l]),
    });
  }
  const tasks: Sec[] = [
    { title: '建设整体协同的数字政府', blocks: ['深化“一网通办”，推进高频事项“一件事一次办”；建设“一网统管”，提升城市运行精细化管理水平。'] },
  ];
  if (o.economy) {
    tasks.push({
      title: '发展数字经济',
      children: [
        { title: '推进数字产业化', blocks: [`立足区域定位，聚焦集成电路设计、软件和信息服务、人工智能产业，建设数字产业园，实施一批重点项目。`] },
        { title: '推进产业数字化', blocks: ['实施平台赋能行动，设立产业数字化投资基金，培育工业互联网生态，推动中小企业数字化转型。'] },
        { title: '培育数据要素市场', blocks: ['建设区域数据交易平台，制定数据交易市场规则，建立数据要素市场监测评价机制。'] },
      ],
    });
  }
  tasks.push({ title: '构建普惠便捷的数字社会', blocks: ['推进智慧医疗、智慧教育、智慧养老和数字社区建设，弥合数字鸿沟，提升老年人等群体数字技能。'] });
  if (o.governance) {
    tasks.push({
      title: '健全数据治理体系',
      blocks: ['由领导小组统筹数据治理，市大数据局作为主管部门，组建数据治理专家委员会；覆盖数据采集、汇聚、存储、共享交换、质量管控和风险处置全流程；探索数据确权，完善开放共享、数据安全和容错机制。'],
    });
  }
  if (o.operations) {
    tasks.push({
      title: '建立城市数字化运营体系',
      blocks: ['组建城市数字化运营公司，采用政府投资建设、企业运营模式，开展业务运营、数据运营、平台运营、基础设施运营和安全运营，建立收益分配机制，每年开展运营评估。'],
    });
  }
  secs.push({ title: '主要任务', children: tasks });
  if (o.projects > 0) secs.push({ title: '重点工程', children: PROJECTS.slice(0, o.projects) });
  secs.push({
    title: '实施计划',
    blocks: [
      `按照“统筹规划、分步实施、急用先行”的原则，分阶段推进各项任务和重点工程，${o.period ? `在${o.period}内` : ''}优先实施数据平台和政务服务类项目，制定年度实施计划和进度安排。`,
    ],
  });
  if (o.safeguards.length > 0) secs.push({ title: '保障措施', children: o.safeguards.map((s) => SAFEGUARD_TEXT[s]) });
  return secs;
}

const ALL_LAYERS: Layer[] = ['business', 'data', 'application', 'infrastructure', 'security'];
const ALL_SAFEGUARDS: Safeguard[] = ['organization', 'policy', 'funding', 'talent', 'culture'];
const complete = (city: string): CityOptions => ({
  city,
  period: '2021—2025年',
  goalYear: '2025',
  baseYear: '2020',
  layers: ALL_LAYERS,
  safeguards: ALL_SAFEGUARDS,
  indicatorTable: true,
  stages: true,
  projects: 3,
  economy: true,
  governance: true,
  operations: true,
  assessment: true,
});

const intro = (city: string, period: string | null, kind = '城市数字化转型规划') => [
  `为贯彻落实国家关于数字中国建设的部署，加快推进${city}城市数字化转型，依据T/SZS 4042-2021《城市数字化转型顶层设计指南》，编制本规划。${period ? `规划期为${period}。` : ''}`,
  ...(kind ? [] : []),
];

export const plans: Plan[] = [
  {
    id: 'p01-linhu-complete',
    title: '临湖市城市数字化转型规划（2021—2025年）',
    lang: 'zh',
    preamble: intro('临湖市', '2021—2025年'),
    sections: cityPlan(complete('临湖市')),
    forms: ['docx-styled', 'docx-numbered', 'md'],
  },
  {
    id: 'p02-yunling-custom-styles',
    title: '云岭市城市数字化转型实施方案（2023—2025年）',
    lang: 'zh',
    preamble: intro('云岭市', '2023—2025年'),
    sections: cityPlan({ ...complete('云岭市'), period: '2023—2025年', baseYear: '2022', operations: false }),
    forms: ['docx-custom-styles'],
  },
  {
    id: 'p03-qingshan-localized-ids',
    title: '青山市数字化转型发展规划（2022—2025年）',
    lang: 'zh',
    preamble: intro('青山市', '2022—2025年'),
    sections: cityPlan({ ...complete('青山市'), period: '2022—2025年', baseYear: '2021', safeguards: ['organization', 'policy', 'funding'] }),
    forms: ['docx-localized-ids'],
  },
  {
    id: 'p04-haiwan-traditional',
    title: '海湾市城市数字化转型规划（2022—2026年）',
    lang: 'zh',
    script: 'traditional',
    preamble: intro('海湾市', '2022—2026年'),
    sections: cityPlan({ ...complete('海湾市'), period: '2022—2026年', goalYear: '2026', baseYear: '2021', governance: false }),
    forms: ['md'],
  },
  {
    id: 'p05-riverton-english',
    title: 'Riverton City Digital Transformation Plan (2022–2026)',
    lang: 'en',
    sections: englishPlan(),
    forms: ['md', 'docx-styled'],
  },
  {
    id: 'p06-jinsha-14th5-strategy',
    title: '金沙市“十四五”城市数字化转型战略规划',
    lang: 'zh',
    preamble: ['本规划是金沙市“十四五”时期推进城市数字化转型的战略性规划，覆盖现状评估与战略规划、总体架构设计和实施路径规划。'],
    sections: cityPlan({ ...complete('金沙市'), period: '“十四五”时期', economy: false, governance: false, operations: false }),
    forms: ['md'],
  },
  {
    id: 'p07-dongjiang-data-governance',
    title: '东江市公共数据治理专项规划（2023—2025年）',
    lang: 'zh',
    preamble: ['本规划是东江市城市数字化转型的数据治理体系专项规划，规划期为2023—2025年。'],
    sections: dataGovernancePlan(),
    forms: ['md'],
  },
  {
    id: 'p08-beiling-ten-year',
    title: '北岭市城市数字化转型规划（2021—2030年）',
    lang: 'zh',
    preamble: intro('北岭市', '2021—2030年'),
    sections: cityPlan({ ...complete('北岭市'), period: '2021—2030年', goalYear: '2030' }),
    forms: ['md'],
  },
  {
    id: 'p09-nanhu-vision-2035',
    title: '南湖市城市数字化转型行动纲要',
    lang: 'zh',
    preamble: ['为加快建设数字南湖，制定本纲要。'],
    sections: cityPlan({ ...complete('南湖市'), period: null, goalYear: null, baseYear: '上一', vision2035: true, vagueGoals: true, stages: false, indicatorTable: false, projects: 0, assessment: false }),
    forms: ['md'],
  },
  {
    id: 'p10-xichuan-missing-layers',
    title: '西川市城市数字化转型规划（2021—2025年）',
    lang: 'zh',
    preamble: intro('西川市', '2021—2025年'),
    sections: cityPlan({ ...complete('西川市'), layers: ['business', 'application'], governance: false }),
    forms: ['docx-autonumber'],
  },
  {
    id: 'p11-baisha-missing-safeguards',
    title: '白沙市城市数字化转型规划（2021—2025年）',
    lang: 'zh',
    preamble: intro('白沙市', '2021—2025年'),
    sections: cityPlan({ ...complete('白沙市'), safeguards: ['organization', 'funding'], operations: false }),
    forms: ['docx-outline-level'],
  },
  {
    id: 'p12-donghai-vague-goals',
    title: '东海市城市数字化转型规划（2021—2025年）',
    lang: 'zh',
    preamble: intro('东海市', '2021—2025年'),
    sections: cityPlan({ ...complete('东海市'), vagueGoals: true, indicatorTable: false, stages: false, projects: 0 }),
    forms: ['md'],
  },
];

function dataGovernancePlan(): Sec[] {
  return [
    {
      title: '现状与需求',
      blocks: ['东江市已汇聚公共数据8亿条，但数据标准不统一、共享时效性不高、数据质量问题较多，部门对高质量数据共享的需求迫切。'],
    },
    {
      title: '目标',
      blocks: ['到2025年，公共数据目录覆盖率达到100%，数据共享需求满足率达到95%，重点数据质量合格率达到98%，开放数据集达到800个。'],
    },
    {
      title: '数据治理组织',
      blocks: ['由市城市数字化转型领导小组作为高层决策机构；市数据局作为数据治理主管部门；组建数据治理专家咨询委员会，为重大事项提供咨询。'],
    },
    {
      title: '数据管理流程',
      blocks: ['建立覆盖数据采集、汇聚、存储、共享交换、质量管控和风险与事件处置的全生命周期管理流程。'],
    },
    {
      title: '数据管控机制',
      blocks: ['探索公共数据确权和授权运营；完善开放共享机制；落实数据安全分类分级保护；建立创新容错机制。'],
    },
    {
      title: '数据治理平台',
      blocks: ['建设数据采集平台、数据管理平台、数据服务平台、数据应用平台、数据质量管理平台和数据安全管理平台。'],
    },
    {
      title: '实施路标',
      blocks: ['2023年完成目录编制和试点；2024年全面推广数据质量管理；2025年形成长效机制。'],
    },
    {
      title: '保障措施',
      children: [SAFEGUARD_TEXT.organization, SAFEGUARD_TEXT.funding, SAFEGUARD_TEXT.talent],
    },
  ];
}

function englishPlan(): Sec[] {
  return [
    {
      title: 'Current State and Needs',
      blocks: [
        'By the end of 2021 Riverton had 1,200 5G base stations, a government cloud with 8,000 vCPUs and a city data platform holding 300 million records. 74% of government services could be completed online.',
        'Residents ask for simpler services, businesses for open data and affordable digital tools, and government departments for shared data across agencies.',
      ],
    },
    {
      title: 'Vision and Goals',
      blocks: [
        'Vision: a people-centred smart city where every service is digital by default.',
        'By 2026, 100% of government services will be available online; the digital economy will reach 12% of GDP; 3,000 5G base stations will be in service; 500 open data sets will be published.',
        'Table 1 Key indicators',
        {
          table: [
            ['Indicator', 'Baseline (2021)', 'Target (2026)', 'Type'],
            ['Government services online (%)', '74', '100', 'Binding'],
            ['Digital economy share of GDP (%)', '7', '12', 'Expected'],
            ['5G base stations', '1,200', '3,000', 'Expected'],
            ['Open data sets', '120', '500', 'Expected'],
          ],
        },
        'Near term (2022–2023): build the data platform. Medium term (2024–2025): roll out city operations. Long term (2026): consolidate and evaluate.',
      ],
    },
    {
      title: 'Overall Architecture',
      children: [
        { title: 'Business Architecture', blocks: ['Core business scenarios across digital government, digital economy and digital society.'] },
        { title: 'Data Architecture', blocks: ['A city data lake with base, thematic and special-topic databases; data sharing and exchange services.'] },
        { title: 'Application Architecture', blocks: ['Application domains and groups; systems to be built new, upgraded or reused.'] },
        { title: 'Digital Infrastructure', blocks: ['Terminals and IoT sensors; 5G, NB-IoT and the government network; the government cloud.'] },
        { title: 'Security Framework', blocks: ['Security management rules, a technical protection system and a security organization.'] },
      ],
    },
    {
      title: 'Key Projects',
      children: [
        {
          title: 'City Data Platform',
          blocks: ['Goal: 1 billion records shared by 2025. Content: data aggregation and sharing services. Mode: government-funded, operated by a city company. Period: 2022–2024. Budget: USD 40 million. Lead: Riverton Digital Office.'],
        },
      ],
    },
    {
      title: 'Implementation Schedule',
      blocks: ['Projects are phased by priority, with an annual implementation plan and timetable.'],
    },
    {
      title: 'Safeguards',
      children: [
        { title: 'Policy Support', blocks: ['An open data ordinance and a digital procurement policy.'] },
        { title: 'Funding', blocks: ['A dedicated fund of USD 30 million a year.'] },
        { title: 'Talent', blocks: ['A digital skills academy for civil servants.'] },
      ],
    },
  ];
}
