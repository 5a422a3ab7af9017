// The real DOCX plans the Word-with-comments tests run on: two real national
// plans (one a draft with Word's own styles, one made by a tool without
// styles), an English strategy with outline levels and tables, and two fixture
// plans (automatic numbering; headings by outline level).
export const realPlans = [
  'fixtures/real/CN12_nda_trusted_data_space_action_plan_draft_2024-2028.docx',
  'fixtures/real/EN11_singapore_smart_nation_strategy_nov2018.docx',
  'fixtures/real/CN09_national_14th5_digital_economy_plan_toolgen_nostyle.docx',
  'fixtures/plans/p10-xichuan-missing-layers.autonumber.docx',
  'fixtures/plans/p11-baisha-missing-safeguards.outline-level.docx',
];
