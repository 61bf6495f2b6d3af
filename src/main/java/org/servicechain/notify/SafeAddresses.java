package org.servicechain.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Protection against server-side request forgery for webhook targets: a target's host is
 * resolved once, and if any of its addresses is loopback, private, link-local (which
 * includes the cloud metadata address 169.254.169.254), carrier-grade NAT, unique local,
 * multicast, unspecified or reserved, it is refused unless an administrator allowed that
 * host by name. The checked addresses are the only ones the delivery then connects to, so
 * a second DNS answer cannot slip another address in.
 */
final class SafeAddresses {

	private SafeAddresses() {
	}

	/**
	 * A target that may not be reached, with the reason.
	 */
	static final class RefusedTarget extends Exception {

		private final String rule;

		RefusedTarget(String rule, String message) {
			super(message);
			this.rule = rule;
		}

		String rule() {
			return this.rule;
		}

	}

	/**
	 * @return the host of a webhook address in the form allowances name it.
	 */
	static String hostOf(URI uri) {
		String host = uri.getHost();
		if (host == null) {
			return "";
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		return host.toLowerCase(Locale.ROOT);
	}

	/**
	 * @return the addresses to connect to for the host, all of them checked.
	 */
	static List<InetAddress> resolve(String host, boolean allowed) throws RefusedTarget {
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			throw new RefusedTarget("resolvable", host + " cannot be resolved");
		}
		if (!allowed) {
			for (InetAddress address : addresses) {
				if (internal(address)) {
					throw new RefusedTarget("public-address",
							host + " resolves to " + address.getHostAddress()
									+ ", an address inside the network; an administrator must allow the host " + host
									+ " first");
				}
			}
		}
		return List.of(addresses);
	}

	static boolean internal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first == 0 // "this network"
					|| (first == 100 && second >= 64 && second <= 127) // carrier-grade
																		// NAT
					|| (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF
																				// protocol
					|| (first == 198 && (second == 18 || second == 19)) // benchmarking
					|| first >= 240; // reserved and broadcast
		}
		if (address instanceof Inet6Address) {
			int first = bytes[0] & 0xff;
			if ((first & 0xfe) == 0xfc) {
				// Unique local (fc00::/7), e.g. fd00:ec2::254.
				return true;
			}
			if (isV4Mapped(bytes) || isV4Compatible(bytes)) {
				try {
					return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException ex) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isV4Mapped(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
	}

	private static boolean isV4Compatible(byte[] bytes) {
		for (int i = 0; i < 12; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
