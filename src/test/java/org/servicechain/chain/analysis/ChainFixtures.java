package org.servicechain.chain.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Service chains that read like the domain, for the chain analysis tests.
 */
final class ChainFixtures {

	private ChainFixtures() {
	}

	/**
	 * A serial chain: the courier brings parcels to the warehouse, the warehouse picks
	 * stock for the front line, and the front line delivers to the homes of Alice and
	 * Bob.
	 */
	static ChainFixture courierFeedsWarehouseFeedsFrontLine() {
		return new ChainFixture().customer("alice")
			.customer("bob")
			.team("frontLine")
			.team("warehouse")
			.organisation("courier")
			.provides("courier", "parcelTransport", "warehouse")
			.provides("warehouse", "stockPicking", "frontLine")
			.provides("frontLine", "homeDelivery", "alice", "bob");
	}

	/** The serial chain with a second courier that can stand in for the first one. */
	static ChainFixture twoCouriersFeedTheWarehouse() {
		return courierFeedsWarehouseFeedsFrontLine().organisation("backupCourier")
			.provides("backupCourier", "parcelTransport", "warehouse");
	}

	/** The serial chain where the warehouse also needs boxes from a packer. */
	static ChainFixture warehouseNeedsCourierAndPacker() {
		return courierFeedsWarehouseFeedsFrontLine().organisation("packer")
			.provides("packer", "packaging", "warehouse");
	}

	/**
	 * The IT team and facilities need each other: IT runs the network facilities use, and
	 * facilities keep IT's server room powered from the energy supplier's electricity. IT
	 * runs online banking for Alice.
	 */
	static ChainFixture itAndFacilitiesSupportEachOther() {
		return new ChainFixture().customer("alice")
			.team("it")
			.team("facilities")
			.organisation("energySupplier")
			.provides("energySupplier", "electricity", "facilities")
			.provides("facilities", "power", "it")
			.provides("it", "network", "facilities")
			.provides("it", "onlineBanking", "alice");
	}

	/**
	 * Three teams in a circle: billing needs accounts, accounts needs support, support
	 * needs billing; support also answers Carol.
	 */
	static ChainFixture billingAccountsAndSupportInACircle() {
		return new ChainFixture().customer("carol")
			.team("billing")
			.team("accounts")
			.team("support")
			.provides("accounts", "customerRecords", "billing")
			.provides("billing", "invoices", "support")
			.provides("support", "escalations", "accounts")
			.provides("support", "helpdesk", "carol");
	}

	/**
	 * The serial chain, plus two research labs reviewing each other's work that nobody
	 * downstream depends on, plus a dormant partner without any link.
	 */
	static ChainFixture researchLabsInTheirOwnCircle() {
		return courierFeedsWarehouseFeedsFrontLine().organisation("labNorth")
			.organisation("labSouth")
			.organisation("dormantPartner")
			.provides("labNorth", "peerReview", "labSouth")
			.provides("labSouth", "peerReview", "labNorth");
	}

	/**
	 * The serial chain where the courier also drops collection parcels at the front line
	 * directly, so it is both two and three links away from the customers.
	 */
	static ChainFixture courierAlsoDeliversToTheFrontLine() {
		return courierFeedsWarehouseFeedsFrontLine().provides("courier", "collectionParcels", "frontLine");
	}

	/**
	 * The power company feeds the data centre, which hosts both the web shop (online
	 * ordering for Alice and Bob) and the call centre (phone support for Bob and Carol).
	 * The courier's parcel chain to Dave is independent of all of it.
	 */
	static ChainFixture powerCompanyFeedsDataCentreFeedsTwoServices() {
		return new ChainFixture().customer("alice")
			.customer("bob")
			.customer("carol")
			.customer("dave")
			.organisation("powerCompany")
			.organisation("dataCentre")
			.team("webShop")
			.team("callCentre")
			.organisation("courier")
			.team("frontLine")
			.provides("powerCompany", "electricity", "dataCentre")
			.provides("dataCentre", "hosting", "webShop", "callCentre")
			.provides("webShop", "onlineOrdering", "alice", "bob")
			.provides("callCentre", "phoneSupport", "bob", "carol")
			.provides("courier", "parcelTransport", "frontLine")
			.provides("frontLine", "homeDelivery", "dave");
	}

	/**
	 * A random chain in layers, as a large organisation might have: customers on layer 0,
	 * teams and organisations on deeper layers supplying the layer above (sometimes
	 * skipping one or two layers), several providers offering each service so that
	 * alternatives exist, a few links back towards the customers that close cycles, and a
	 * few parties without links.
	 * @param seed makes the chain reproducible
	 * @param partyCount the number of parties
	 * @param forwardLinks the number of links towards the customers
	 * @param backLinks the number of links away from the customers, closing cycles
	 */
	static RandomChain randomLayeredChain(long seed, int partyCount, int forwardLinks, int backLinks) {
		Random random = new Random(seed);
		int layerCount = 10;
		List<List<UUID>> layers = new ArrayList<>();
		List<PartyNode> parties = new ArrayList<>();
		for (int k = 0; k < layerCount; k++) {
			layers.add(new ArrayList<>());
		}
		for (int i = 0; i < partyCount; i++) {
			UUID id = new UUID(random.nextLong(), random.nextLong());
			int layer = (i < partyCount / 10) ? 0 : 1 + random.nextInt(layerCount - 1);
			// a few parties stay out of every layer: they get no link at all
			if (i % 97 != 96) {
				layers.get(layer).add(id);
			}
			parties.add(new PartyNode(id, layer == 0));
		}
		// per layer, the services its parties offer and, per service, who offers it
		List<List<UUID>> serviceIds = new ArrayList<>();
		List<List<List<UUID>>> providersOfService = new ArrayList<>();
		for (int k = 0; k < layerCount; k++) {
			List<UUID> services = new ArrayList<>();
			List<List<UUID>> providers = new ArrayList<>();
			int serviceCount = Math.max(1, layers.get(k).size() / 3);
			for (int s = 0; s < serviceCount; s++) {
				services.add(new UUID(random.nextLong(), random.nextLong()));
				providers.add(new ArrayList<>());
			}
			for (UUID party : layers.get(k)) {
				providers.get(random.nextInt(serviceCount)).add(party);
				if (random.nextInt(3) == 0) {
					providers.get(random.nextInt(serviceCount)).add(party);
				}
			}
			serviceIds.add(services);
			providersOfService.add(providers);
		}
		List<LinkEdge> links = new ArrayList<>();
		while (links.size() < forwardLinks + backLinks) {
			boolean back = links.size() >= forwardLinks;
			int consumerLayer;
			int providerLayer;
			if (back) {
				providerLayer = 1 + random.nextInt(layerCount - 3);
				consumerLayer = providerLayer + 1 + random.nextInt(layerCount - 1 - providerLayer);
			}
			else {
				consumerLayer = random.nextInt(layerCount - 1);
				providerLayer = Math.min(layerCount - 1, consumerLayer + 1 + ((random.nextInt(4) == 0) ? 1 : 0));
			}
			List<UUID> consumers = layers.get(consumerLayer);
			int s = random.nextInt(serviceIds.get(providerLayer).size());
			List<UUID> providers = providersOfService.get(providerLayer).get(s);
			if (consumers.isEmpty() || providers.isEmpty()) {
				continue;
			}
			UUID consumer = consumers.get(random.nextInt(consumers.size()));
			UUID provider = providers.get(random.nextInt(providers.size()));
			if (!consumer.equals(provider)) {
				links.add(new LinkEdge(new UUID(random.nextLong(), random.nextLong()),
						serviceIds.get(providerLayer).get(s), provider, consumer));
			}
			// now and then a second provider of the same service to the same consumer
			UUID alternative = providers.get(random.nextInt(providers.size()));
			if (random.nextInt(4) == 0 && !consumer.equals(alternative) && links.size() < forwardLinks + backLinks) {
				links.add(new LinkEdge(new UUID(random.nextLong(), random.nextLong()),
						serviceIds.get(providerLayer).get(s), alternative, consumer));
			}
		}
		return new RandomChain(parties, links);
	}

	/**
	 * The plain values of a generated chain, for the graph and for the brute-force
	 * reference alike.
	 */
	record RandomChain(List<PartyNode> parties, List<LinkEdge> links) {

		ChainGraph graph() {
			return ChainGraph.of(this.parties, this.links);
		}

		ChainReference reference() {
			return new ChainReference(this.parties, this.links);
		}

	}

}
