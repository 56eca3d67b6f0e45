package inline

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// The reference pages (dist/reference/) go into the document too: a user offline with
// the one file must still open every citation. Each page's content becomes a <template>
// named by its path, and a small script opens the page a reference link names in a
// <dialog>, at the fragment the link names. The location (and its fragment, which holds
// the page's share state) never changes, so the page does not take a reference link for
// a share link.

var (
	refMain = regexp.MustCompile(`(?s)<main class="ref-body">\n?(.*)</main>`)
	refNav  = regexp.MustCompile(`(?s)<nav class="ref-nav" aria-label="Reference">.*?</nav>`)
)

// referenceIndex is the reference's front page, whose navigation the dialog shows.
const referenceIndex = "reference/index.html"

// refRouter opens reference links in the dialog. A link is read relative to the page it
// sits in: the closest data-ref-base names it, and the playground itself is index.html.
// A link to a page the document does not hold (a web address) is left alone.
const refRouter = `(() => {
const dlg = document.getElementById("single-ref"), body = document.getElementById("single-ref-body");
const pages = new Map();
for (const t of document.querySelectorAll("template[data-ref]")) pages.set(t.dataset.ref, t);
const resolve = (href, base) => {
  try {
    const u = new URL(href, "file:///" + base);
    return u.protocol === "file:" ? { path: u.pathname.slice(1), frag: decodeURIComponent(u.hash.slice(1)) } : null;
  } catch { return null; }
};
const show = (path, frag) => {
  const t = pages.get(path);
  if (t === undefined) return false;
  if (body.dataset.refBase !== path) {
    body.replaceChildren(t.content.cloneNode(true));
    body.dataset.refBase = path;
  }
  if (!dlg.open) dlg.showModal();
  for (const old of body.querySelectorAll("[data-ref-target]")) old.removeAttribute("data-ref-target");
  const el = frag === "" ? null : body.querySelector("#" + CSS.escape(frag));
  if (el === null) dlg.scrollTop = 0;
  else { el.setAttribute("data-ref-target", ""); el.scrollIntoView({ block: "start" }); }
  return true;
};
document.getElementById("single-ref-close").addEventListener("click", () => dlg.close());
document.addEventListener("click", (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
  if (a === null) return;
  const scope = a.closest("[data-ref-base]");
  const to = resolve(a.getAttribute("href"), scope === null ? "index.html" : scope.dataset.refBase);
  if (to === null) return;
  if (to.path === "index.html" && scope !== null) { e.preventDefault(); dlg.close(); return; }
  if (show(to.path, to.frag)) e.preventDefault();
}, true);
})();`

// refStyle sizes the dialog; everything inside it is styled by the page's stylesheet,
// which is the reference's too.
const refStyle = `#single-ref{width:min(56rem,94vw);max-height:88vh;padding:0 1rem 1rem;border:1px solid var(--border,currentColor);background:var(--bg,Canvas);color:var(--text,CanvasText)}
#single-ref::backdrop{background:rgb(0 0 0/.45)}
.single-ref-bar{position:sticky;top:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.5rem 0;background:inherit}
[data-ref-target]{outline:2px solid var(--focus,Highlight);outline-offset:2px}`

// reference returns the markup that carries dist/reference/ into the document: the
// dialog, one template per page, and the router script and dialog style, returned apart
// so the caller can inline them under the page's policy.
func reference(dist string) (markup, script, style string, err error) {
	root := filepath.Join(dist, "reference")
	var names []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".html") {
			rel, _ := filepath.Rel(dist, path)
			names = append(names, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		return "", "", "", fmt.Errorf("reading the reference pages: %v (build them first: go run ./build)", err)
	}
	sort.Strings(names)
	var b strings.Builder
	nav := ""
	for _, name := range names {
		page, err := os.ReadFile(filepath.Join(dist, filepath.FromSlash(name)))
		if err != nil {
			return "", "", "", err
		}
		m := refMain.FindSubmatch(page)
		if m == nil {
			return "", "", "", fmt.Errorf("%s has no <main class=\"ref-body\">", name)
		}
		if bytes.Contains(bytes.ToLower(m[1]), []byte("</template")) {
			return "", "", "", fmt.Errorf("%s contains </template, which would end its template early", name)
		}
		if name == referenceIndex {
			nav = string(refNav.Find(page))
		}
		fmt.Fprintf(&b, "<template data-ref=\"%s\">%s</template>\n", name, m[1])
	}
	if nav == "" {
		return "", "", "", fmt.Errorf("%s is missing or has no reference navigation", referenceIndex)
	}
	markup = `<dialog id="single-ref" class="ref" aria-label="Reference">
<div class="single-ref-bar" data-ref-base="` + referenceIndex + `">` + nav + `
<button type="button" id="single-ref-close" class="tool">Close</button></div>
<div class="ref-body" id="single-ref-body"></div>
</dialog>
` + b.String()
	return markup, refRouter, refStyle, nil
}
