/**
 * Staff pages for requests (REQ-1 … REQ-5, INT-2): lists, raising, the request page with
 * its conversation and tasks, queues, workload, desk settings and the dashboard's "what
 * needs me".
 */
@NullMarked
package org.servicechain.requests.web;

import org.jspecify.annotations.NullMarked;
