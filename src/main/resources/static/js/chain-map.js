// The chain map (CHAIN-2): suppliers on the left, customers on the right, one column per layer.
// Internal teams are blue boxes, external organisations orange dashed boxes, customers purple
// circles; a thick red border marks a single point of failure. Click a party to open it.
//
// So that a whole organisation still reads (issue 14): customers that receive the same services
// from the same providers are drawn as one group node that opens on click or Enter; parallel
// links between two nodes are bundled into one arrow; links are coloured by the health of the
// agreement on them (from the agreements module) and links without one are dashed; filters by
// kind of party and agreement health redraw the map without leaving the page; the map is
// reachable by keyboard (Tab to it, arrows move between parties, Enter opens, + and - zoom).
(function () {
  const container = document.getElementById('cy');
  if (!container || typeof cytoscape === 'undefined') {
    return;
  }
  const COLUMN = 260;
  const ROW = 80;
  const MAX_PER_COLUMN = 10;
  const SUB_COLUMN = 180;
  const GROUP_MIN = 3;
  const LARGE = 400;
  const status = document.getElementById('map-status');
  const list = document.getElementById('map-parties');

  const state = { data: null, health: new Map(), expanded: new Set(), cy: null, order: [], focus: -1 };

  function kindOf(node) {
    return node.customer ? 'customer' : (node.internal ? 'internal' : 'external');
  }

  function healthRank(h) {
    return { CANNOT_BE_KEPT: 4, AT_RISK: 3, GAP: 2, UNVERIFIED: 1, FEASIBLE: 0 }[h] ?? -1;
  }

  function linkHealth(edge) {
    const h = state.health.get(edge.id);
    if (!h) return null;
    if (h.health) return h.health;
    return h.gap ? 'GAP' : null;
  }

  function filters() {
    const kinds = new Set(Array.from(document.querySelectorAll('input[name=kind-filter]:checked')).map((i) => i.value));
    const health = (document.getElementById('health-filter') || {}).value || '';
    return { kinds: kinds.size ? kinds : new Set(['internal', 'external', 'customer']), health };
  }

  // What is drawn: nodes and links after the filters, customer groups and bundling.
  function view() {
    const data = state.data;
    const f = filters();
    const nodesById = new Map(data.nodes.map((n) => [n.id, n]));
    let edges = data.edges.filter((e) => nodesById.has(e.source) && nodesById.has(e.target)
      && f.kinds.has(kindOf(nodesById.get(e.source))) && f.kinds.has(kindOf(nodesById.get(e.target))));
    if (f.health === 'problems') {
      edges = edges.filter((e) => ['CANNOT_BE_KEPT', 'AT_RISK'].includes(linkHealth(e)));
    } else if (f.health === 'gaps') {
      edges = edges.filter((e) => linkHealth(e) === 'GAP');
    }
    let nodes = data.nodes.filter((n) => f.kinds.has(kindOf(n)));
    if (f.health) {
      const ends = new Set();
      edges.forEach((e) => { ends.add(e.source); ends.add(e.target); });
      nodes = nodes.filter((n) => ends.has(n.id));
    }
    // Group customers by what they receive from whom.
    const incoming = new Map();
    edges.forEach((e) => {
      if (!incoming.has(e.target)) incoming.set(e.target, []);
      incoming.get(e.target).push(e);
    });
    const groups = new Map();
    nodes.filter((n) => n.customer && incoming.has(n.id)).forEach((n) => {
      const key = incoming.get(n.id).map((e) => e.source + '|' + e.serviceId).sort().join(',');
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(n);
    });
    const groupOf = new Map();
    const shownNodes = [];
    const grouped = new Set();
    groups.forEach((members, key) => {
      if (members.length < GROUP_MIN || state.expanded.has(key)) return;
      const services = [...new Set(incoming.get(members[0].id).map((e) => e.label))].sort();
      const id = 'group:' + key;
      const internal = members.every((m) => m.internal);
      const what = services.length === 1 ? services[0] : services.length + ' services';
      shownNodes.push({ id, label: members.length + ' customers\n' + what, kind: 'GROUP', customer: true,
        internal, group: key, services, members: members.map((m) => m.label), singlePointOfFailure: false, depth: 0 });
      members.forEach((m) => { groupOf.set(m.id, id); grouped.add(m.id); });
    });
    nodes.filter((n) => !grouped.has(n.id)).forEach((n) => shownNodes.push(n));
    // Bundle parallel links (and the links into a group) into one arrow per pair.
    const bundles = new Map();
    edges.forEach((e) => {
      const source = groupOf.get(e.source) || e.source;
      const target = groupOf.get(e.target) || e.target;
      const key = source + '>' + target;
      if (!bundles.has(key)) bundles.set(key, { id: 'b:' + key, source, target, labels: new Set(), count: 0, health: null, links: [] });
      const b = bundles.get(key);
      b.labels.add(e.label);
      b.count += 1;
      b.links.push(e.id);
      const h = linkHealth(e);
      if (h && (b.health === null || healthRank(h) > healthRank(b.health))) b.health = h;
    });
    const shownEdges = [...bundles.values()].map((b) => {
      const labels = [...b.labels].sort();
      let label = labels.length > 2 ? labels.length + ' services' : labels.join(', ');
      if (b.count > labels.length) label += ' ×' + b.count;
      return { id: b.id, source: b.source, target: b.target, label, count: b.count, health: b.health, first: b.links[0] };
    });
    return { nodes: shownNodes, edges: shownEdges };
  }

  function layers(graph) {
    // Depth = links between a party and the nearest customer, following links downstream.
    const depth = new Map();
    const fixed = graph.nodes.filter((n) => n.depth !== null && n.depth !== undefined && !n.group);
    if (fixed.length === graph.nodes.filter((n) => !n.group).length && fixed.length > 0) {
      graph.nodes.forEach((n) => depth.set(n.id, n.group ? 0 : n.depth));
      return depth;
    }
    const providersOf = new Map();
    graph.edges.forEach((e) => {
      if (!providersOf.has(e.target)) providersOf.set(e.target, []);
      providersOf.get(e.target).push(e.source);
    });
    const queue = graph.nodes.filter((n) => n.customer).map((n) => n.id);
    queue.forEach((id) => depth.set(id, 0));
    while (queue.length) {
      const id = queue.shift();
      (providersOf.get(id) || []).forEach((provider) => {
        if (!depth.has(provider)) {
          depth.set(provider, depth.get(id) + 1);
          queue.push(provider);
        }
      });
    }
    // Parties that serve no customer sit one column downstream of their nearest provider, like
    // an internal customer, but never in the customers' column; parties with no links at all
    // go to the far left.
    let max = 0;
    depth.forEach((d) => { max = Math.max(max, d); });
    graph.nodes.forEach((n) => {
      if (!depth.has(n.id)) {
        const known = (providersOf.get(n.id) || []).filter((p) => depth.has(p)).map((p) => depth.get(p));
        depth.set(n.id, known.length ? Math.max(1, Math.min(...known) - 1) : max + 1);
      }
    });
    return depth;
  }

  function positions(graph, depth) {
    // A crowded layer wraps into several narrow sub-columns. In the customers' column,
    // groups come first, then our own internal customers, then outside customers.
    const rank = (n) => (n.group ? 0 : (n.customer && n.internal ? 1 : 2));
    const byLayer = new Map();
    [...graph.nodes].sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label)).forEach((n) => {
      const d = depth.get(n.id);
      if (!byLayer.has(d)) byLayer.set(d, []);
      byLayer.get(d).push(n.id);
    });
    const layersInOrder = [...byLayer.keys()].sort((a, b) => b - a);
    const result = new Map();
    let x = 0;
    let tallest = 1;
    byLayer.forEach((ids) => { tallest = Math.max(tallest, Math.min(ids.length, MAX_PER_COLUMN)); });
    layersInOrder.forEach((d) => {
      const ids = byLayer.get(d);
      const columns = Math.ceil(ids.length / MAX_PER_COLUMN);
      const perColumn = Math.ceil(ids.length / columns);
      ids.forEach((id, i) => {
        const column = Math.floor(i / perColumn);
        const row = i % perColumn;
        const rowsHere = Math.min(perColumn, ids.length - column * perColumn);
        result.set(id, { x: x + column * SUB_COLUMN, y: row * ROW + ((tallest - rowsHere) * ROW) / 2 });
      });
      x += (columns - 1) * SUB_COLUMN + COLUMN;
    });
    return result;
  }

  const HEALTH_CLASS = { CANNOT_BE_KEPT: 'h-broken', AT_RISK: 'h-risk', GAP: 'h-gap', UNVERIFIED: 'h-unverified', FEASIBLE: 'h-ok' };

  function style(large) {
    return [
      { selector: 'node', style: { label: 'data(label)', 'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'wrap', 'text-max-width': 140,
        'font-size': 14, width: 160, height: 54, 'min-zoomed-font-size': 8, shape: 'round-rectangle', 'border-width': 2, color: '#1c2430' } },
      { selector: 'node.internal', style: { 'background-color': '#e6eef9', 'border-color': '#1f4e8c' } },
      { selector: 'node.external', style: { 'background-color': '#fff1e0', 'border-color': '#9a4d00', 'border-style': 'dashed' } },
      { selector: 'node.customer', style: { 'background-color': '#f1e9f9', 'border-color': '#5b2a86', shape: 'ellipse', width: 140 } },
      { selector: 'node.group', style: { 'background-color': '#e9dcf5', 'border-color': '#5b2a86', 'border-width': 3, 'border-style': 'double',
        shape: 'round-rectangle', width: 170, height: 60, 'font-weight': 'bold' } },
      { selector: 'node.spof', style: { 'border-color': '#a4161a', 'border-width': 5, 'border-style': 'solid' } },
      { selector: 'edge', style: { width: 'mapData(count, 1, 20, 1.5, 7)', 'line-color': '#8a94a3', 'target-arrow-color': '#8a94a3', 'target-arrow-shape': 'triangle',
        'curve-style': large ? 'haystack' : 'bezier', label: large ? '' : 'data(label)', 'font-size': 11, color: '#3d4654',
        'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 2, 'min-zoomed-font-size': 9 } },
      { selector: 'edge.h-broken', style: { 'line-color': '#a4161a', 'target-arrow-color': '#a4161a', width: 'mapData(count, 1, 20, 3, 8)' } },
      { selector: 'edge.h-risk', style: { 'line-color': '#b26b00', 'target-arrow-color': '#b26b00', width: 'mapData(count, 1, 20, 3, 8)' } },
      { selector: 'edge.h-gap', style: { 'line-style': 'dashed', 'line-color': '#b26b00', 'target-arrow-color': '#b26b00' } },
      { selector: 'edge.h-ok', style: { 'line-color': '#3f8f5f', 'target-arrow-color': '#3f8f5f' } },
      { selector: 'node.focused', style: { 'overlay-color': '#f2a900', 'overlay-opacity': 0.35, 'overlay-padding': 8 } },
      { selector: 'node:selected', style: { 'overlay-color': '#f2a900', 'overlay-opacity': 0.25 } },
      { selector: 'edge.hover', style: { label: 'data(label)', 'z-index': 10 } }
    ];
  }

  function describe(node) {
    const d = node.data();
    if (d.group) {
      return d.label.split('\n')[0] + ' of ' + (d.services || []).join(', ') + ': ' + (d.members || []).slice(0, 5).join(', ')
        + ((d.members || []).length > 5 ? ' and more' : '') + '. Enter shows them one by one.';
    }
    const kind = d.nodeClass === 'customer' ? 'customer' : (d.nodeClass === 'internal' ? 'internal team' : 'external supplier or partner');
    const links = node.connectedEdges().length;
    return d.label + ', ' + kind + (d.spof ? ', single point of failure' : '') + ', ' + links + (links === 1 ? ' link' : ' links') + '. Enter opens it.';
  }

  function activate(node) {
    const group = node.data('group');
    if (group) {
      state.expanded.add(group);
      draw();
      announce((node.data('members') || []).length + ' customers shown one by one.');
    } else if (!String(node.id()).startsWith('group:')) {
      window.location.href = '/parties/' + node.id();
    }
  }

  function announce(text) {
    if (status) status.textContent = text;
  }

  function focusNode(index) {
    const cy = state.cy;
    if (!cy || !state.order.length) return;
    state.focus = (index + state.order.length) % state.order.length;
    cy.nodes('.focused').removeClass('focused');
    const node = cy.getElementById(state.order[state.focus]);
    node.addClass('focused');
    if (!cy.extent() || !node.renderedBoundingBox() || node.renderedPosition().x < 0 || node.renderedPosition().x > container.clientWidth
      || node.renderedPosition().y < 0 || node.renderedPosition().y > container.clientHeight) {
      cy.animate({ center: { eles: node } }, { duration: 150 });
    }
    announce(describe(node));
  }

  function draw() {
    const graph = view();
    const depth = layers(graph);
    const pos = positions(graph, depth);
    const large = graph.edges.length > LARGE;
    const elements = [];
    graph.nodes.forEach((n) => elements.push({
      group: 'nodes',
      data: { id: n.id, label: n.label, kind: n.kind, group: n.group || null, members: n.members || null, services: n.services || null,
        nodeClass: n.group ? 'group' : kindOf(n), spof: !!n.singlePointOfFailure },
      position: pos.get(n.id),
      classes: [n.group ? 'group' : kindOf(n), n.singlePointOfFailure ? 'spof' : ''].join(' ')
    }));
    graph.edges.forEach((e) => elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label, count: e.count },
      classes: e.health ? HEALTH_CLASS[e.health] : '' }));
    if (state.cy) {
      state.cy.destroy();
    }
    const cy = cytoscape({
      container,
      elements,
      layout: { name: 'preset', fit: true, padding: 30 },
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 1.6,
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      style: style(large)
    });
    cy.on('tap', 'node', (event) => activate(event.target));
    cy.on('mouseover', 'node', () => { container.style.cursor = 'pointer'; });
    cy.on('mouseout', 'node', () => { container.style.cursor = ''; });
    cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
    state.cy = cy;
    // On a phone, fitting everything makes a thumbnail: start readable, on the busiest party
    // (usually the front line), and let people drag and pinch from there.
    if (container.clientWidth < 600 && cy.zoom() < 0.6 && cy.nodes().length > 6) {
      const busiest = cy.nodes().max((n) => n.connectedEdges().length).ele;
      cy.zoom(0.6);
      cy.center(busiest);
    }
    // Keyboard order: column by column from the suppliers, top to bottom.
    state.order = graph.nodes.map((n) => n.id).sort((a, b) => (pos.get(a).x - pos.get(b).x) || (pos.get(a).y - pos.get(b).y));
    state.focus = -1;
    container.dataset.ready = 'true';
    container.dataset.nodes = String(graph.nodes.length);
    container.dataset.edges = String(graph.edges.length);
    window.servicechainMap = cy;
    fillList(graph);
    const summary = document.getElementById('map-summary');
    if (summary) {
      summary.textContent = graph.nodes.length + ' parties or groups and ' + graph.edges.length + ' arrows drawn, for '
        + state.data.nodes.length + ' parties and ' + state.data.edges.length + ' links.';
    }
  }

  // The same parties as a list of links: for screen readers, and for anyone who prefers text.
  function fillList(graph) {
    if (!list) return;
    list.replaceChildren();
    graph.nodes.filter((n) => !n.group).sort((a, b) => a.label.localeCompare(b.label)).slice(0, 500).forEach((n) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '/parties/' + n.id;
      a.textContent = n.label;
      li.appendChild(a);
      list.appendChild(li);
    });
    graph.nodes.filter((n) => n.group).forEach((n) => {
      const li = document.createElement('li');
      li.textContent = n.label.split('\n')[0] + ' of ' + n.services.join(', ') + ': ' + n.members.join(', ');
      list.appendChild(li);
    });
  }

  container.addEventListener('keydown', (event) => {
    const cy = state.cy;
    if (!cy) return;
    const keys = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in keys) {
      event.preventDefault();
      focusNode(state.focus < 0 ? 0 : state.focus + keys[event.key]);
    } else if (event.key === 'Home') {
      event.preventDefault();
      focusNode(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focusNode(state.order.length - 1);
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (state.focus >= 0) {
        event.preventDefault();
        const id = state.order[state.focus];
        activate(cy.getElementById(id));
      }
    } else if (event.key === '+' || event.key === '=') {
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
    } else if (event.key === '-') {
      cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
    }
  });
  container.addEventListener('focus', () => {
    if (state.focus < 0) announce('Chain map. Use the arrow keys to move between parties, Enter to open one, + and - to zoom.');
  });

  function download(name, href) {
    const a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function escapeXml(text) {
    return String(text).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' }[c]));
  }

  // A standalone SVG drawn from the same positions, for documents and slides.
  function svgOf(cy) {
    const box = cy.elements().boundingBox();
    const pad = 40;
    const parts = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x1 - pad} ${box.y1 - pad} ${box.w + 2 * pad} ${box.h + 2 * pad}" font-family="sans-serif">`);
    parts.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#8a94a3"/></marker></defs>');
    parts.push(`<rect x="${box.x1 - pad}" y="${box.y1 - pad}" width="${box.w + 2 * pad}" height="${box.h + 2 * pad}" fill="#fff"/>`);
    cy.edges().forEach((edge) => {
      const s = edge.sourceEndpoint();
      const t = edge.targetEndpoint();
      const colour = edge.hasClass('h-broken') ? '#a4161a' : (edge.hasClass('h-risk') || edge.hasClass('h-gap') ? '#b26b00' : (edge.hasClass('h-ok') ? '#3f8f5f' : '#8a94a3'));
      const dash = edge.hasClass('h-gap') ? ' stroke-dasharray="6 4"' : '';
      parts.push(`<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${colour}" stroke-width="1.5"${dash} marker-end="url(#arrow)"/>`);
      parts.push(`<text x="${(s.x + t.x) / 2}" y="${(s.y + t.y) / 2 - 4}" font-size="10" fill="#3d4654" text-anchor="middle">${escapeXml(edge.data('label'))}</text>`);
    });
    cy.nodes().forEach((node) => {
      const p = node.position();
      const w = node.width();
      const h = node.height();
      const customer = node.hasClass('customer') || node.hasClass('group');
      const internal = node.hasClass('internal');
      const stroke = node.hasClass('spof') ? '#a4161a' : (customer ? '#5b2a86' : (internal ? '#1f4e8c' : '#9a4d00'));
      const fill = customer ? '#f1e9f9' : (internal ? '#e6eef9' : '#fff1e0');
      const dash = (!customer && !internal && !node.hasClass('spof')) ? ' stroke-dasharray="6 3"' : '';
      const width = node.hasClass('spof') ? 5 : 2;
      if (node.hasClass('customer')) {
        parts.push(`<ellipse cx="${p.x}" cy="${p.y}" rx="${w / 2}" ry="${h / 2}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`);
      } else {
        parts.push(`<rect x="${p.x - w / 2}" y="${p.y - h / 2}" width="${w}" height="${h}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash}/>`);
      }
      String(node.data('label')).split('\n').forEach((line, i, all) => {
        parts.push(`<text x="${p.x}" y="${p.y + 4 + (i - (all.length - 1) / 2) * 14}" font-size="12" fill="#1c2430" text-anchor="middle">${escapeXml(line)}</text>`);
      });
    });
    parts.push('</svg>');
    return parts.join('\n');
  }

  function wireControls() {
    const name = container.dataset.name || 'chain-map';
    const png = document.getElementById('export-png');
    const svg = document.getElementById('export-svg');
    const fit = document.getElementById('fit-map');
    const group = document.getElementById('group-customers');
    if (png) png.addEventListener('click', () => download(name + '.png', state.cy.png({ full: true, scale: 2, bg: '#ffffff' })));
    if (svg) svg.addEventListener('click', () => download(name + '.svg',
      URL.createObjectURL(new Blob([svgOf(state.cy)], { type: 'image/svg+xml' }))));
    if (fit) fit.addEventListener('click', () => state.cy.fit(undefined, 30));
    if (group) group.addEventListener('click', () => { state.expanded.clear(); draw(); });
    document.querySelectorAll('input[name=kind-filter], #health-filter').forEach((input) => {
      input.addEventListener('change', () => { draw(); announce('Map redrawn: ' + container.dataset.nodes + ' parties or groups shown.'); });
    });
    const filtersForm = document.getElementById('map-view');
    if (filtersForm) filtersForm.addEventListener('submit', (event) => event.preventDefault());
  }

  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  const healthSource = container.dataset.health;
  Promise.all([
    json(container.dataset.src),
    healthSource ? json(healthSource).catch(() => []) : Promise.resolve([])
  ]).then(([data, health]) => {
    state.data = data;
    health.forEach((h) => state.health.set(h.linkId, h));
    wireControls();
    draw();
  }).catch((error) => {
    container.innerHTML = '<p class="alert error">The chain map could not be loaded (' + escapeXml(error.message) + ').</p>';
  });
})();
