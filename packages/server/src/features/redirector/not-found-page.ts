/** The branded page for an unknown or disabled short link, in Vietnamese and English. */
export const LINK_NOT_FOUND_PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Liên kết không tồn tại · Lantoa</title>
<style>
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; font-family: system-ui, sans-serif;
         background: #f8fafc; color: #0f172a; }
  main { max-width: 28rem; padding: 2rem; text-align: center; }
  .brand { font-weight: 700; color: #0d9488; letter-spacing: .02em; margin-bottom: 1.5rem; }
  h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
  p { color: #475569; line-height: 1.5; margin: 0 0 1rem; }
  .en { border-top: 1px solid #e2e8f0; padding-top: 1rem; font-size: .9rem; }
</style>
</head>
<body>
<main>
  <div class="brand">Lantoa</div>
  <h1>Liên kết này không tồn tại hoặc đã bị tắt</h1>
  <p>Có thể đường dẫn bị gõ sai, hoặc chiến dịch đã kết thúc. Hãy kiểm tra lại với người đã gửi liên kết cho bạn.</p>
  <p class="en" lang="en">This link does not exist or has been turned off. It may be mistyped, or the campaign has ended.</p>
</main>
</body>
</html>`;
