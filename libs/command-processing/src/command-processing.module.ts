import { HyeopchiConfigModule } from '@hyeopchi/config';
import { DynamicModule, Module } from '@nestjs/common';
import { CLOCK, ID_SOURCE, randomIds, systemClock } from './clock';
import { SERVED_COMMAND_ROUTES, CommandDispatcher } from './command-dispatcher';
import { CommandExecutor } from './execute-command';
import { COMMAND_SENDER, InProcessCommandSender } from './kafka-commands';
import { kafkaCommandListenerFor } from './kafka-command-listener';
import { ServiceDefinition } from './process-manager';
import { PROCESS_MANAGERS, ProcessManagerRunner, SCHEDULED_TASKS } from './process-manager-runner';

export interface ServiceRuntimeOptions {
  /** Also answer this context's commands from Kafka (a service in its own process); standalone mode leaves it out. */
  kafkaCommandsOf?: string;
}

/**
 * The services of one process on top of the event infrastructure: their command routes, their
 * process managers and scheduled tasks. Standalone mode runs all four; a service process runs its own.
 */
@Module({})
export class CommandProcessingModule {
  static forServices(
    services: readonly ServiceDefinition[],
    options: ServiceRuntimeOptions = {},
  ): DynamicModule {
    return {
      module: CommandProcessingModule,
      // the gateway in the same process sends its commands through COMMAND_SENDER
      global: true,
      imports: options.kafkaCommandsOf ? [HyeopchiConfigModule] : [],
      providers: [
        ...(options.kafkaCommandsOf ? [kafkaCommandListenerFor(options.kafkaCommandsOf)] : []),
        { provide: CLOCK, useValue: systemClock },
        { provide: ID_SOURCE, useValue: randomIds },
        { provide: SERVED_COMMAND_ROUTES, useValue: services.flatMap((service) => service.routes) },
        { provide: PROCESS_MANAGERS, useValue: services.flatMap((service) => service.processManagers) },
        { provide: SCHEDULED_TASKS, useValue: services.flatMap((service) => service.scheduledTasks) },
        CommandExecutor,
        CommandDispatcher,
        ProcessManagerRunner,
        {
          provide: COMMAND_SENDER,
          inject: [CommandDispatcher],
          useFactory: (dispatcher: CommandDispatcher) => new InProcessCommandSender(dispatcher),
        },
      ],
      exports: [CommandDispatcher, COMMAND_SENDER, CLOCK],
    };
  }
}
