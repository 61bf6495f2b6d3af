// The chain map (CHAIN-2): suppliers on the left, customers on the right, one column per layer.
// Internal teams are blue boxes, external organisations orange dashed boxes, customers purple
// circles; a thick red border marks a single point of failure. Click a party to open it.
(function () {
  const container = document.getElementById('cy');
  if (!container || typeof cytoscape === 'undefined') {
    return;
  }
  const COLUMN = 250;
  const ROW = 80;

  function layers(data) {
    // Depth = links between a party and the nearest customer, following links downstream.
    const depth = new Map();
    data.nodes.forEach((n) => { if (n.depth !== null && n.depth !== undefined) depth.set(n.id, n.depth); });
    if (depth.size > 0) {
      return depth;
    }
    const providersOf = new Map();
    data.edges.forEach((e) => {
      if (!providersOf.has(e.target)) providersOf.set(e.target, []);
      providersOf.get(e.target).push(e.source);
    });
    const queue = data.nodes.filter((n) => n.customer).map((n) => n.id);
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
    // Parties that serve no customer sit one column downstream of their nearest provider, like an
    // internal customer; parties with no links at all go to the far left.
    let max = 0;
    depth.forEach((d) => { max = Math.max(max, d); });
    data.nodes.forEach((n) => {
      if (!depth.has(n.id)) {
        const known = (providersOf.get(n.id) || []).filter((p) => depth.has(p)).map((p) => depth.get(p));
        depth.set(n.id, known.length ? Math.max(0, Math.min(...known) - 1) : max + 1);
      }
    });
    return depth;
  }

  const MAX_PER_COLUMN = 10;
  const SUB_COLUMN = 175;

  function positions(data, depth) {
    // A crowded layer (typically the customers) wraps into several narrow sub-columns.
    const byLayer = new Map();
    [...data.nodes].sort((a, b) => a.label.localeCompare(b.label)).forEach((n) => {
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

  function render(data) {
    const depth = layers(data);
    const pos = positions(data, depth);
    const elements = [];
    data.nodes.forEach((n) => elements.push({
      group: 'nodes',
      data: { id: n.id, label: n.label, kind: n.kind },
      position: pos.get(n.id),
      classes: [n.customer ? 'customer' : (n.internal ? 'internal' : 'external'), n.singlePointOfFailure ? 'spof' : ''].join(' ')
    }));
    data.edges.forEach((e) => elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.label } }));
    const cy = cytoscape({
      container,
      elements,
      layout: { name: 'preset', fit: true, padding: 30 },
      wheelSensitivity: 0.3,
      minZoom: 0.15,
      maxZoom: 1.4,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'wrap', 'text-max-width': 130,
          'font-size': 13, width: 150, height: 50, 'min-zoomed-font-size': 5, shape: 'round-rectangle', 'border-width': 2, color: '#1c2430' } },
        { selector: 'node.internal', style: { 'background-color': '#e6eef9', 'border-color': '#1f4e8c' } },
        { selector: 'node.external', style: { 'background-color': '#fff1e0', 'border-color': '#9a4d00', 'border-style': 'dashed' } },
        { selector: 'node.customer', style: { 'background-color': '#f1e9f9', 'border-color': '#5b2a86', shape: 'ellipse', width: 130 } },
        { selector: 'node.spof', style: { 'border-color': '#a4161a', 'border-width': 5, 'border-style': 'solid' } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#8a94a3', 'target-arrow-color': '#8a94a3', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#5a6473', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
          'text-background-padding': 2, 'text-rotation': 'autorotate', 'min-zoomed-font-size': 7 } },
        { selector: 'node:selected', style: { 'overlay-color': '#f2a900', 'overlay-opacity': 0.25 } }
      ]
    });
    cy.on('tap', 'node', (event) => { window.location.href = '/parties/' + event.target.id(); });
    cy.on('mouseover', 'node', () => { container.style.cursor = 'pointer'; });
    cy.on('mouseout', 'node', () => { container.style.cursor = ''; });
    container.dataset.ready = 'true';
    container.dataset.nodes = String(data.nodes.length);
    window.servicechainMap = cy;
    wireExports(cy, data, pos);
  }

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
      parts.push(`<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="#8a94a3" stroke-width="1.5" marker-end="url(#arrow)"/>`);
      parts.push(`<text x="${(s.x + t.x) / 2}" y="${(s.y + t.y) / 2 - 4}" font-size="9" fill="#5a6473" text-anchor="middle">${escapeXml(edge.data('label'))}</text>`);
    });
    cy.nodes().forEach((node) => {
      const p = node.position();
      const w = node.width();
      const h = node.height();
      const customer = node.hasClass('customer');
      const internal = node.hasClass('internal');
      const stroke = node.hasClass('spof') ? '#a4161a' : (customer ? '#5b2a86' : (internal ? '#1f4e8c' : '#9a4d00'));
      const fill = customer ? '#f1e9f9' : (internal ? '#e6eef9' : '#fff1e0');
      const dash = (!customer && !internal && !node.hasClass('spof')) ? ' stroke-dasharray="6 3"' : '';
      const width = node.hasClass('spof') ? 5 : 2;
      if (customer) {
        parts.push(`<ellipse cx="${p.x}" cy="${p.y}" rx="${w / 2}" ry="${h / 2}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/>`);
      } else {
        parts.push(`<rect x="${p.x - w / 2}" y="${p.y - h / 2}" width="${w}" height="${h}" rx="8" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash}/>`);
      }
      parts.push(`<text x="${p.x}" y="${p.y + 4}" font-size="12" fill="#1c2430" text-anchor="middle">${escapeXml(node.data('label'))}</text>`);
    });
    parts.push('</svg>');
    return parts.join('\n');
  }

  function wireExports(cy) {
    const name = container.dataset.name || 'chain-map';
    const png = document.getElementById('export-png');
    const svg = document.getElementById('export-svg');
    const fit = document.getElementById('fit-map');
    if (png) png.addEventListener('click', () => download(name + '.png', cy.png({ full: true, scale: 2, bg: '#ffffff' })));
    if (svg) svg.addEventListener('click', () => download(name + '.svg',
      URL.createObjectURL(new Blob([svgOf(cy)], { type: 'image/svg+xml' }))));
    if (fit) fit.addEventListener('click', () => cy.fit(undefined, 30));
  }

  fetch(container.dataset.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(render)
    .catch((error) => {
      container.innerHTML = '<p class="alert error">The chain map could not be loaded (' + escapeXml(error.message) + ').</p>';
    });
})();
