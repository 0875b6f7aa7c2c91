package dev.sko.rules.report;

/**
 * The review page's style sheet, inline in every page. Colours meet WCAG AA contrast for their text
 * (dark text on light format tints; white on the severity colours), and every colour has a text
 * label beside it. The print style drops the pop-ups, keeps the colours and avoids breaking a day
 * or a finding across pages.
 */
final class HtmlStyle {
  private HtmlStyle() {}

  static final String CSS =
      """
      :root{--ink:#1b1b1f;--muted:#4a4a55;--line:#c9cbd3;--bg:#fff;--panel:#f6f7f9;
      --error:#b3261e;--warning:#7a4f00;--info:#1f5aa6;
      --presentation:#f9dedc;--presentation-edge:#b3261e;--interactive:#d7f0dc;--interactive-edge:#1d6b33;
      --social:#e9e1f7;--social-edge:#5b3a9e;--logistics:#e6e9ec;--logistics-edge:#4f5b66}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
      main{max-width:1240px;margin:0 auto;padding:24px 28px}
      article.plan+article.plan{border-top:3px solid var(--ink);margin-top:40px;padding-top:24px}
      h1{font-size:28px;margin:0 0 4px}h2{font-size:21px;margin:34px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
      h3{font-size:16px;margin:10px 0 6px}
      .kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted);margin:0}
      .theme{margin:0 0 10px;color:var(--muted);font-style:italic}
      .facts{display:flex;flex-wrap:wrap;gap:6px 26px;margin:12px 0}
      .facts div{min-width:120px}.facts dt{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
      .facts dd{margin:0;font-weight:600}
      .counts{list-style:none;display:flex;flex-wrap:wrap;gap:10px;padding:0;margin:8px 0}
      .count{border:1px solid var(--line);border-radius:6px;padding:4px 12px;background:var(--panel)}
      .count b{font-size:18px}
      .jump ul{list-style:none;display:flex;flex-wrap:wrap;gap:14px;padding:0;margin:14px 0 0}
      a{color:#174ea6}
      .badge{display:inline-block;min-width:1.35em;padding:0 .3em;border-radius:9px;color:#fff;font-weight:700;font-size:12px;text-align:center;line-height:1.45em}
      .badge.sev-error{background:var(--error)}.badge.sev-warning{background:var(--warning)}.badge.sev-info{background:var(--info)}
      .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
      .legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 18px;padding:0;margin:0 0 12px;font-size:14px}
      .legend li{display:flex;align-items:center;gap:6px}.legend-note{color:var(--muted)}
      .swatch{display:inline-block;width:22px;height:14px;border-left-width:5px;border-left-style:solid;border-radius:2px}
      .fmt-presentation{background:var(--presentation);border-color:var(--presentation-edge)}
      .fmt-interactive{background:var(--interactive);border-color:var(--interactive-edge)}
      .fmt-social{background:var(--social);border-color:var(--social-edge)}
      .fmt-logistics{background:var(--logistics);border-color:var(--logistics-edge)}
      rect.fmt-presentation{fill:var(--presentation);stroke:var(--presentation-edge)}
      rect.fmt-interactive{fill:var(--interactive);stroke:var(--interactive-edge)}
      .days{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}.day{flex:1 1 300px;min-width:0;max-width:100%}
      .day h3{display:flex;flex-wrap:wrap;align-items:center;gap:6px}.day .date{font-weight:400;color:var(--muted)}
      .tag{font-size:12px;font-weight:600;border:1px solid var(--line);border-radius:4px;padding:0 6px}
      .grid{position:relative;margin-left:46px;border-top:1px solid var(--line)}
      .hour{position:absolute;left:-46px;right:0;border-top:1px dashed #dde0e6;height:0}
      .hour span{position:absolute;top:-9px;left:0;font-size:12px;color:var(--muted);background:var(--bg);padding-right:4px}
      .lanes{position:absolute;inset:0}
      .session{position:absolute;border-left-width:5px;border-left-style:solid;border-radius:3px;padding:0 4px 0 5px;outline-offset:1px;
      box-shadow:inset 0 0 0 1px rgba(255,255,255,.9)}
      .session .body{height:100%;overflow:hidden;font-size:12.5px;line-height:1.25}
      .session .title{font-weight:600}.session .meta{color:#3a3a44;font-size:11.5px}
      .session:hover,.session:focus,.session:focus-within{z-index:5;outline:2px solid #174ea6}
      .flag{position:absolute;top:2px;right:2px;border-radius:9px;color:#fff;font-size:11px;font-weight:700;padding:0 5px;line-height:16px}
      .flag.sev-error{background:var(--error)}.flag.sev-warning{background:var(--warning)}.flag.sev-info{background:var(--info)}
      .has-findings .body{padding-right:26px}
      .pop{display:none;position:absolute;left:0;top:100%;z-index:10;width:340px;max-width:90vw;background:#fff;
      border:1px solid #8a8d99;border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.18);padding:8px 10px;font-size:13px}
      .pop p{margin:0 0 4px}.pop-title{font-weight:700}
      .pop-findings{list-style:none;padding:0;margin:6px 0 0}.pop-findings li{margin:4px 0}
      .session:hover .pop,.session:focus .pop,.session:focus-within .pop{display:block}
      .chip{display:inline-flex;align-items:center;gap:4px;font-size:12px;font-weight:400;border:1px solid var(--line);border-radius:10px;padding:0 6px 0 2px;text-decoration:none;color:var(--ink)}
      .mix-figure{font-size:16px}.mix-figure .share{font-size:20px}
      svg{display:block;width:100%;height:auto;font-family:inherit}
      .mix-bar rect{stroke-width:1.5}.mix-bar .bar-label{font-size:15px;font-weight:700;fill:var(--ink)}
      .threshold line{stroke:var(--ink);stroke-width:3;stroke-dasharray:6 3}.threshold text{font-size:13px;fill:var(--ink);font-weight:600}
      .axis{font-size:12px;fill:var(--muted)}
      .cal .tick{stroke:#e3e5ea}.cal .row-label{font-size:13px;font-weight:600;fill:var(--ink)}
      .phase rect{stroke:#fff;stroke-width:1}.phase text{font-size:12px;font-weight:600;fill:var(--ink)}
      .phase-diagnose rect{fill:#dbe7f7}.phase-design rect{fill:#d9efe9}.phase-deliver rect{fill:#f6e3b9}.phase-drive rect{fill:#e9e1f7}
      .cal .event{fill:#3b3f4a}
      .mark path{stroke:var(--ink);stroke-width:1}.mark.prework path{fill:#7fb0e6}.mark.survey path{fill:#f2c14e}.mark.review path{fill:#8f6bd1}
      .activity rect{fill:#b8d9c0;stroke:var(--interactive-edge)}.activity .occ{stroke:var(--interactive-edge);stroke-width:1.5}
      .act-label{font-size:12px;fill:var(--ink)}
      .gap rect{stroke:var(--error);stroke-width:1}.gap-label{font-size:12px;font-weight:700;fill:var(--error);paint-order:stroke;stroke:#fff;stroke-width:4px}
      .missing rect{fill:#fff;stroke:var(--error);stroke-width:1.5;stroke-dasharray:5 3}.missing text{font-size:11px;font-weight:700;fill:var(--error)}
      .none{font-size:12px;fill:var(--muted);font-style:italic}
      .cal-flag circle{stroke:#fff;stroke-width:1.5}.cal-flag text{font-size:11px;font-weight:700;fill:#fff}
      .cal-flag.sev-error circle{fill:var(--error)}.cal-flag.sev-warning circle{fill:var(--warning)}.cal-flag.sev-info circle{fill:var(--info)}
      .figures{border-collapse:collapse;min-width:560px}.figures caption{text-align:left;color:var(--muted);padding-bottom:6px}
      .figures th,.figures td{border-bottom:1px solid var(--line);padding:6px 14px 6px 0;text-align:left}
      .figures td{font-variant-numeric:tabular-nums}.na{color:var(--muted);font-style:italic}
      .note,.empty{color:var(--muted)}
      .finding-list{padding-left:26px}
      .finding{margin:0 0 12px;padding:8px 12px;border-left:5px solid var(--line);background:var(--panel);border-radius:3px}
      .finding.sev-error{border-color:var(--error)}.finding.sev-warning{border-color:var(--warning)}.finding.sev-info{border-color:var(--info)}
      .finding:target{outline:3px solid #174ea6}
      .finding p{margin:2px 0}.finding .head{font-size:14px}.finding .msg{font-weight:600}
      .finding .source,.finding .evidence{font-size:13px;color:var(--muted)}
      .is-waived{opacity:.85}
      footer{max-width:1240px;margin:0 auto;padding:10px 28px 30px;color:var(--muted);font-size:13px}
      @media print{
      body{font-size:11pt}main{padding:0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      .pop,.jump{display:none!important}.day,.finding,table,svg{break-inside:avoid}
      a{color:inherit;text-decoration:none}h2{break-after:avoid}
      }
      """;
}
