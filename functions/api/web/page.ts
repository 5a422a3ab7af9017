// The drafters' page: one self-contained HTML document (no framework, no CDN).
// The report (first screen, coverage, outline, findings, downloads) is built by
// the script after a check; before one there is nothing to download.
import { PAGE_SCRIPT } from './page-script.ts';
import { PAGE_STYLE } from './page-style.ts';

export const PAGE_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>plancheck · 城市数字化转型规划检查</title><style>${PAGE_STYLE}</style></head>
<body><header><h1>plancheck · T/SZS 4042-2021</h1></header>
<main>
<form id="form">
  <div id="drop"><label><span data-t="choose"></span><input id="file" type="file" accept=".pdf,.docx,.doc,.md,.markdown,.txt"></label><div id="filename"></div></div>
  <label><span data-t="profile"></span><select id="profile"><option value="">default</option></select></label>
  <label><span data-t="lang"></span><select id="lang"><option value="zh">中文</option><option value="en">English</option></select></label>
  <details id="more"><summary data-t="key"></summary><input id="apikey" type="password" autocomplete="off" aria-label="API key"></details>
  <div class="go"><button type="submit" data-t="check"></button></div>
</form>
<p id="status" role="status" aria-live="polite"></p>
<div id="report"></div>
</main>
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
