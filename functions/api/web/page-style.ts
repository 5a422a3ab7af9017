// The drafters' page styles: the form in one row and the report in two columns
// on a wide screen (first screen and coverage, then the plan's outline beside
// the findings), one column on a phone, never a horizontal scroll.
export const PAGE_STYLE = `
*{box-sizing:border-box}[hidden]{display:none!important}
body{font-family:system-ui,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;margin:0;color:#1d1d1f;background:#fafafa;line-height:1.5}
header,main{max-width:80rem;margin:0 auto;padding:.4rem 1rem}h1{font-size:1.05rem;margin:.1rem 0;color:#444}
main{overflow-wrap:anywhere}
form{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:.4rem .6rem;background:#fff;border:1px solid #ddd;border-radius:8px;padding:.5rem .7rem;align-items:end}
#drop{grid-column:1/-1;border:2px dashed #999;border-radius:8px;padding:.35rem .6rem;background:#f4f7fb}#drop.over{background:#dbe8f7}
#drop label{font-weight:600}#filename{font-size:.85rem;color:#555}
label{display:flex;flex-direction:column;gap:.1rem;font-size:.9rem;min-width:0}select,input,button{font:inherit;max-width:100%;min-width:0}select,input[type=password]{width:100%}
input[type=file]{width:100%}
#more{font-size:.85rem;color:#555}#more summary{cursor:pointer}
form .go{display:flex;justify-content:flex-end}
@media (min-width:56rem){form{grid-template-columns:minmax(0,2.4fr) minmax(0,1.3fr) minmax(0,.8fr) minmax(0,1fr) auto}#drop{grid-column:auto}}
button{padding:.4rem 1rem;border-radius:6px;border:1px solid #2456a4;background:#2456a4;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#2456a4;padding:.15rem .6rem;font-size:.9rem}
.row{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
#status{min-height:1.2em;margin:.3rem 0}#status.error{color:#a40000;font-weight:600}
#report{display:grid;grid-template-columns:minmax(0,1fr);gap:.6rem}
@media (min-width:64rem){#report{grid-template-columns:minmax(0,3fr) minmax(0,2fr);align-items:start}}
#report>section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.6rem .8rem;min-width:0}
h2.doc-title{font-size:1.1rem;margin:.1rem 0}h3{font-size:1rem;margin:.1rem 0 .4rem}
.first .score{margin:.1rem 0}.first .big{font-size:2rem;font-weight:700;margin-right:.1rem}
.verdict{margin:.2rem 0;font-weight:600}.verdict.ok{color:#2f7d32;font-weight:400;font-size:.9rem}
.verdict.bad{background:#fff3e0;border:2px solid #ef6c00;border-radius:6px;padding:.5rem .7rem;color:#6d3500}
#to-fix{margin:.3rem 0}#to-fix ol{margin:.2rem 0;padding-left:1.3rem}#to-fix li{margin:.2rem 0}#to-fix .none{color:#2f7d32}
#to-fix .go{display:block;font-size:.85rem;color:#1b5e20}
.downloads{margin-top:.4rem;font-size:.9rem}
.steps{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.4rem;padding:0;margin:0;list-style:none}
.steps li{border:1px solid #e3e3e3;border-radius:6px;padding:.3rem .4rem;font-size:.85rem}
.bar{height:.5rem;background:#eee;border-radius:4px;overflow:hidden}.bar span{display:block;height:100%}
.bar.high span{background:#2f7d32}.bar.mid span{background:#e0a800}.bar.low span{background:#c62828}.bar.na span{background:#bdbdbd}
ol.outline{list-style:none;padding:0;margin:.3rem 0}ol.outline li{padding:.12rem .35rem;border-left:3px solid transparent}
li.sec .h{font-weight:600}
.l1{margin-left:0}.l2{margin-left:.9rem}.l3{margin-left:1.8rem}.l4{margin-left:2.6rem}.l5,.l6{margin-left:3.2rem}
@media (max-width:40rem){.l2{margin-left:.4rem}.l3{margin-left:.8rem}.l4,.l5,.l6{margin-left:1.2rem}}
.chip{display:inline-block;font-size:.75rem;padding:0 .35rem;margin:.1rem .15rem;border-radius:4px;text-decoration:none;color:inherit;background:#eee}
.chip.fail{background:#ffcdd2}.chip.partial{background:#fff3c4}.chip.ok{background:#e8f5e9}
li.gap{background:#e3f2fd;border-left-color:#1565c0;border-radius:4px;margin:.2rem 0}
li.gap.error{background:#ffebee;border-left-color:#c62828}
.plus{font-weight:700;color:#1565c0;margin-right:.2rem}li.gap.error .plus{color:#c62828}
.starter-row{display:flex;gap:.4rem;align-items:flex-start;margin:.2rem 0}
.starter{flex:1;display:block;padding:.25rem .5rem;background:#fff;border:1px dashed #90a4ae;border-radius:4px;white-space:pre-wrap;font-size:.9rem}
.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:6px;padding:.5rem .7rem;margin:.5rem 0;overflow-wrap:anywhere;background:#fff}
.finding.fail{border-left-color:#b00020}.finding.partial{border-left-color:#c77700}.finding.pass{border-left-color:#2f7d32}.finding.waived{border-left-color:#7e57c2}
.finding h4{margin:0 0 .2rem}
.badge{display:inline-block;font-size:.78rem;padding:0 .4rem;border-radius:4px;background:#eee;margin-right:.3rem}
.badge.error{background:#ffcdd2}.badge.warning{background:#fff3c4}.badge.info{background:#e3f2fd}
.parts{padding-left:1.2rem;margin:.2rem 0}.parts li.missing{color:#a40000}
blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid #ccc;background:#f6f6f6;white-space:pre-wrap}
.where{font-size:.85rem;color:#555}.advice,.insert{margin:.3rem 0}.insert{background:#e3f2fd;border-radius:4px;padding:.2rem .5rem}
details.folded,details.related{margin:.5rem 0}details summary{cursor:pointer;font-weight:600}
#report>section.diff{grid-column:1/-1;border-color:#1565c0;background:#f5f9ff}
.diff-jump{display:none}
@media not all and (min-width:64rem){#report>section{order:2}#report>#first{order:0}#report>#diff{order:1}.diff-jump{display:block;font-size:.9rem;margin:.1rem 0}}
.diff-sum{margin:.1rem 0}.diff-cols{display:grid;grid-template-columns:minmax(0,1fr);gap:0 1rem}
@media (min-width:48rem){.diff-cols{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}}
.diff-list h4{margin:.3rem 0 .1rem;font-size:.95rem}.diff ul{list-style:none;padding:0;margin:0}
.diff-item{margin:.1rem 0}.diff-item .mark{display:inline-block;width:1.2em;font-weight:700}.diff-item .where{margin-left:.3rem}
.diff-item.resolved .mark{color:#2f7d32}.diff-item.new .mark{color:#c62828}.diff li.none{color:#555}
.diff-steps{font-size:.9rem;display:flex;flex-wrap:wrap;gap:.1rem .8rem;margin:.3rem 0}.diff .note{color:#6d3500;font-size:.9rem}
.delta{margin-left:.3rem}.delta.up{color:#2f7d32;font-weight:600}.delta.down{color:#c62828;font-weight:600}
.since{margin:.2rem 0;font-size:.9rem;font-weight:600}.since.resolved{color:#2f7d32}.since.new{color:#c62828}
`;
