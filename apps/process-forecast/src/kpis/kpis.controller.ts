import { FlowApi, KpisRoute } from '@p2c/flow';
import { Role } from '@p2c/security';
import { ForecastKpisDto } from './dto/forecast-kpis.dto';
import { ReadForecastKpisUseCase } from './read-forecast-kpis.use-case';

@FlowApi('kpis', Role.Admin, Role.Service, Role.Finance, Role.Delivery)
export class KpisController {
  constructor(private readonly kpis: ReadForecastKpisUseCase) {}

  @KpisRoute({
    type: ForecastKpisDto,
    operationId: 'getForecastKpis',
    summary: 'Projects forecast, projects with margin at risk, exceptions by reason and age',
  })
  getKpis(): Promise<ForecastKpisDto> {
    return this.kpis.execute();
  }
}
