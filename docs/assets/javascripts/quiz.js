// Self-checks and progress. hooks/quiz.py writes the HTML (each question a fieldset of radio
// buttons, an empty live region, the answer in a <details>); this script gives the feedback at
// once and keeps the list of completed pages in localStorage, with Material's own helpers
// (__md_get/__md_set, scoped to the site). Nothing is sent anywhere. It runs again after every
// instant navigation (document$), on the new page's elements.
(() => {
  const KEY = "progress";
  const load = () => {
    try {
      const pages = __md_get(KEY);
      return Array.isArray(pages) ? pages : [];
    } catch (error) {
      return []; // storage off, or not ours
    }
  };
  const save = (pages) => {
    try {
      __md_set(KEY, pages);
    } catch (error) {} // storage off: progress lasts as long as the page
  };
  // "pool/" for any address of the page, as hooks/quiz.py writes page URLs.
  const pageOf = (url) => {
    const path = decodeURI(new URL(url, location.href).pathname);
    const root = decodeURI(__md_scope.pathname);
    return path.startsWith(root) ? path.slice(root.length) : null;
  };
  const el = (tag, props, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };
  const CHECK =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M9 16.2 4.8 12' +
    'l-1.4 1.4L9 19 21 7l-1.4-1.4z"/></svg>';

  function setDone(page, done) {
    const pages = load().filter((p) => p !== page);
    save(done ? [...pages, page] : pages);
    show();
  }

  // Everything that shows progress: nav marks, the page's button, the home page's count.
  function show() {
    const done = new Set(load());
    const here = pageOf(location.href);
    for (const link of document.querySelectorAll(".md-nav--primary .md-nav__link")) {
      const href = link.getAttribute("href");
      const page =
        href !== null
          ? !href.includes("#") && pageOf(link.href)
          : link.htmlFor === "__toc" && here;
      const mark = link.querySelector(".quiz-nav-done");
      if (page && done.has(page) && !mark) {
        const span = el("span", { className: "quiz-nav-done", innerHTML: CHECK });
        span.append(el("span", { className: "quiz-sr" }, " (completed)"));
        const title = link.querySelector(".md-ellipsis");
        if (title) title.after(span);
        else link.append(span);
      } else if (mark && !(page && done.has(page))) {
        mark.remove();
      }
    }
    for (const box of document.querySelectorAll(".quiz-done")) {
      const on = done.has(box.dataset.quizPage);
      const button = box.querySelector("button");
      button.setAttribute("aria-pressed", String(on));
      button.classList.toggle("md-button--primary", on);
      box.querySelector(".quiz-done__status").textContent = on ? "Completed" : "";
      box.hidden = false;
    }
    for (const box of document.querySelectorAll(".quiz-progress")) {
      const pages = box.dataset.quizPages.split(" ").filter(Boolean);
      const count = pages.filter((p) => done.has(p)).length;
      box.querySelector(".quiz-progress__count").textContent =
        `${count} of ${pages.length} tutorial pages completed.`;
      box.hidden = false;
    }
  }

  // Replace a live region's content; emptied first, so the same words are said again.
  function say(region, ...nodes) {
    region.replaceChildren();
    setTimeout(() => region.replaceChildren(...nodes), 50);
  }

  function answer(quiz, input) {
    const right = input.value === quiz.dataset.quizAnswer;
    const region = quiz.querySelector(".quiz__feedback");
    quiz.dataset.state = right ? "right" : "wrong";
    input.closest(".quiz__choice").classList.add(right ? "quiz--right" : "quiz--wrong");
    region.className = `quiz__feedback quiz--${quiz.dataset.state}`;
    if (!right) {
      say(region, el("p", {}, el("strong", {}, "Not right."), " Try another choice."));
      return;
    }
    const nodes = [
      el("p", {}, el("strong", {}, "Right.")),
      quiz.querySelector(".quiz__answer blockquote").cloneNode(true),
    ];
    const quizzes = [...document.querySelectorAll("fieldset.quiz")];
    const box = document.querySelector(".quiz-done");
    if (box && quizzes.every((q) => q.dataset.state === "right")) {
      if (!load().includes(box.dataset.quizPage)) {
        nodes.push(
          el("p", {}, "Every question on this page is right: it is marked as completed."),
        );
      }
      setDone(box.dataset.quizPage, true);
    }
    say(region, ...nodes);
  }

  function setUp() {
    for (const quiz of document.querySelectorAll("fieldset.quiz:not(.quiz--ready)")) {
      quiz.classList.add("quiz--ready");
      quiz.addEventListener("change", (event) => answer(quiz, event.target));
    }
    for (const button of document.querySelectorAll(".quiz-done__button")) {
      button.onclick = () =>
        setDone(
          button.parentElement.dataset.quizPage,
          button.getAttribute("aria-pressed") !== "true",
        );
    }
    for (const button of document.querySelectorAll(".quiz-progress__reset")) {
      button.onclick = () => {
        save([]);
        show();
      };
    }
    show();
  }

  document$.subscribe(setUp);
})();
