// While the lessons panel is open it docks beside the work: the #lessons
// section moves out of the work column to the top of the page's side
// column, above the cards (on a phone: above the request), so the task, the
// line and the answer are in view together. Closed, it goes back to the
// foot of the work column. Part of the lessons chunk: the panel cannot open
// before the chunk is here, so the door in the first load has no need of it.

/** Docks the section of body whenever the panel opens or closes (its hidden attribute). */
export function dockOnToggle(body: HTMLElement): void {
  new MutationObserver(() => dock(body)).observe(body, { attributes: true, attributeFilter: ["hidden"] });
  dock(body);
}

// Moves the lessons section to where an open or closed panel belongs,
// keeping the keyboard focus where it was (moving a node drops it).
function dock(body: HTMLElement): void {
  const section = body.closest("section");
  const layout = section?.closest(".layout") ?? document.querySelector(".layout");
  const work = layout?.querySelector(".work");
  if (section == null || layout == null || work == null) return;
  const open = !body.hidden;
  layout.classList.toggle("has-lesson", open);
  const home = open ? layout : work;
  if (section.parentElement === home) return;
  const focused = section.contains(document.activeElement) ? document.activeElement : null;
  if (open) layout.insertBefore(section, work);
  else work.appendChild(section);
  if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  // Docked beside the work the panel scrolls on its own: the open
  // lesson's text, not the list of lessons, is what the learner came for.
  if (open) requestAnimationFrame(() => showLesson(section));
}

// Scrolls a docked panel that scrolls on its own so the open lesson's title
// is at its top.
function showLesson(section: HTMLElement): void {
  const title = section.querySelector(".lesson-title");
  if (title === null || section.scrollHeight <= section.clientHeight) return;
  section.scrollTop += title.getBoundingClientRect().top - section.getBoundingClientRect().top - 8;
}
