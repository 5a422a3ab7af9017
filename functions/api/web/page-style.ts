// The drafters' page styles: one column on a phone, no horizontal scroll.
export const PAGE_STYLE = `
*{box-sizing:border-box}body{font-family:system-ui,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;margin:0;color:#1d1d1f;background:#fafafa;line-height:1.5}
header,main{max-width:60rem;margin:0 auto;padding:.75rem 1rem}h1{font-size:1.3rem;margin:.2rem 0}
form{display:grid;gap:.6rem;background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem}
label{display:flex;flex-direction:column;gap:.2rem;font-weight:600;min-width:0;flex:1 1 12rem}select,input,button{font:inherit;max-width:100%;min-width:0}select,input[type=password]{width:100%}
input[type=file]{width:100%}main{overflow-wrap:anywhere}
#drop{border:2px dashed #999;border-radius:8px;padding:1rem;text-align:center;background:#f4f7fb}#drop.over{background:#dbe8f7}
button{padding:.5rem 1rem;border-radius:6px;border:1px solid #2456a4;background:#2456a4;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#2456a4}.row{display:flex;flex-wrap:wrap;gap:.6rem}
#status{min-height:1.5em}#status.error{color:#a40000;font-weight:600}
.steps{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.5rem;padding:0;list-style:none}
.steps li{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem}
.bar{height:.5rem;background:#eee;border-radius:4px;overflow:hidden}.bar span{display:block;height:100%;background:#2f7d32}
.finding{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:6px;padding:.6rem .8rem;margin:.6rem 0;overflow-wrap:anywhere}
.finding.fail{border-left-color:#b00020}.finding.partial{border-left-color:#c77700}.finding.pass{border-left-color:#2f7d32}
.badge{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:4px;background:#eee;margin-right:.3rem}
.parts li.missing{color:#a40000}blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid #ccc;background:#f6f6f6;white-space:pre-wrap}
.where{font-size:.85rem;color:#555}
`;
