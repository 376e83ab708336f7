// Tests the load's ordered pipeline on its own: chunks reach the consumer in
// production order whatever order the workers finish in, no more than
// `capacity` are in flight, and cancelling or a failing stage stops every
// thread (a thread left waiting would hang the load).
#include "cli/ordered_pipeline.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

namespace cablecat {
namespace {

struct Chunk {
  std::uint64_t sequence = 0;
  int value = 0;
};

using Pipeline = OrderedPipeline<Chunk>;

void produce(Pipeline& pipeline, int chunks, std::atomic<int>* produced = nullptr) {
  for (int index = 0; index < chunks; ++index) {
    if (!pipeline.produce({static_cast<std::uint64_t>(index), index})) return;
    if (produced) ++*produced;
  }
  pipeline.finishProducing();
}

// Doubles each value after a random pause, so workers finish out of order;
// `failAt`: the value at which the worker fails instead.
void work(Pipeline& pipeline, unsigned seed, int failAt = -1) {
  std::mt19937 random(seed);
  while (std::optional<Chunk> chunk = pipeline.takeWork()) {
    std::this_thread::sleep_for(std::chrono::microseconds(random() % 300));
    if (chunk->value == failAt) {
      pipeline.fail(std::make_exception_ptr(std::runtime_error("worker failed")));
      break;
    }
    chunk->value *= 2;
    pipeline.finishWork(chunk->sequence, *chunk);
  }
  pipeline.workerStopped();
}

class Stages {
 public:
  Stages(Pipeline& pipeline, int chunks, unsigned workers, int failAt = -1) {
    threads_.emplace_back([&pipeline, chunks, this] { produce(pipeline, chunks, &produced); });
    for (unsigned worker = 0; worker < workers; ++worker)
      threads_.emplace_back([&pipeline, worker, failAt] { work(pipeline, worker + 1, failAt); });
  }
  ~Stages() {
    for (std::thread& thread : threads_) thread.join();
  }
  std::atomic<int> produced{0};

 private:
  std::vector<std::thread> threads_;
};

TEST(OrderedPipeline, DeliversChunksInProductionOrder) {
  Pipeline pipeline(6);
  Stages stages(pipeline, 300, 4);
  std::vector<int> values;
  while (std::optional<Chunk> chunk = pipeline.consume(4)) values.push_back(chunk->value);
  ASSERT_EQ(values.size(), 300u);
  for (int index = 0; index < 300; ++index) ASSERT_EQ(values[static_cast<std::size_t>(index)], 2 * index);
}

TEST(OrderedPipeline, EndsAtOnceForAnEmptyInput) {
  Pipeline pipeline(4);
  Stages stages(pipeline, 0, 2);
  EXPECT_FALSE(pipeline.consume(2).has_value());
}

TEST(OrderedPipeline, HoldsNoMoreThanItsCapacityInFlight) {
  Pipeline pipeline(3);
  Stages stages(pipeline, 20, 2);
  // Nobody consumes: the producer stops at the capacity, whatever the workers do.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (stages.produced.load() < 3 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(stages.produced.load(), 3);
  int consumed = 0;
  while (pipeline.consume(2)) ++consumed;
  EXPECT_EQ(consumed, 20);
}

TEST(OrderedPipeline, CancelReleasesAProducerAndWorkersWaitingOnAFullPipeline) {
  Pipeline pipeline(2);
  {
    Stages stages(pipeline, 1000, 3);
    ASSERT_TRUE(pipeline.consume(3).has_value());
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    pipeline.cancel();  // as the writer does on --bail: every thread must return
  }
  EXPECT_FALSE(pipeline.consume(3).has_value());
}

TEST(OrderedPipeline, AFailingWorkerStopsTheOthersAndTheConsumerGetsItsError) {
  Pipeline pipeline(4);
  Stages stages(pipeline, 500, 3, 40);
  int consumed = 0;
  try {
    while (pipeline.consume(3)) ++consumed;
    ADD_FAILURE() << "the worker's error did not reach the consumer";
  } catch (const std::runtime_error& error) {
    EXPECT_STREQ(error.what(), "worker failed");
  }
  EXPECT_LE(consumed, 40) << "chunks after the failed one are never delivered";
}

TEST(OrderedPipeline, TheFirstOfSeveralErrorsIsTheOneReported) {
  Pipeline pipeline(4);
  pipeline.fail(std::make_exception_ptr(std::runtime_error("first")));
  pipeline.fail(std::make_exception_ptr(std::runtime_error("second")));
  EXPECT_FALSE(pipeline.produce({0, 0}));
  EXPECT_FALSE(pipeline.takeWork().has_value());
  try {
    pipeline.consume(0);
    ADD_FAILURE() << "no error";
  } catch (const std::runtime_error& error) {
    EXPECT_STREQ(error.what(), "first");
  }
}

}  // namespace
}  // namespace cablecat
