import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

export class RateLimitDto {
  @ApiPropertyOptional({
    description:
      'requests per second the vendor admits (token bucket, one second of burst); 0 admits none; absent: no limit',
    example: 50,
    minimum: 0,
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100_000)
  perSecond?: number;

  @ApiPropertyOptional({
    description:
      'requests the vendor serves at once; the one over it is refused at once; absent: no limit',
    example: 10,
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  concurrency?: number;
}
